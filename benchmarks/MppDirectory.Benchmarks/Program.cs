using System.Diagnostics;
using MppDirectory.Azurite;
using MppDirectory.Benchmarks;
using MppDirectory.Domain;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;
using MppDirectory.Domain.Search;
using MppDirectory.Domain.Statistics;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;

// Builds a national-scale directory in a real Azurite and prints how loading it copes: write time,
// load time from storage with the indexes a read needs, memory held, and search latency.
// A benchmark, not a test.
const int CountersPerMpp = 20;
const int SearchRounds = 200;

// `write DIR`: the synthetic national directory as a seed folder (for npm run bench and npm start -- --seed-folder DIR).
if (args is ["write", var target])
{
    var national = NationalDirectory.Build(SeedFolder.Load(SeedFolder.FindDefault()), CountersPerMpp);
    SeedFolderWriter.Write(national, SeedFolder.FindDefault(), target);
    Console.WriteLine($"wrote a synthetic directory of {national.Mpps.Count} MPPs and {national.Mpps.Sum(m => m.Counters.Count)} counters to {target}");
    return;
}

string[] queries = ["dukcapil", "paspor", "Pangkal Pinang", "bpjs kesehatan", "imig", "kota bandung", "samsat", "dinas kependudukan dan pencatatan sipil"];

await using var azurite = await AzuriteProcess.StartAsync();
var store = DirectoryStore.From(StorageNames.Unique("bench").ClientsFor(azurite));
var data = NationalDirectory.Build(SeedFolder.Load(SeedFolder.FindDefault()), CountersPerMpp);
Console.WriteLine($"directory: {data.Mpps.Count} MPPs, {data.Mpps.Sum(m => m.Counters.Count)} counters, {data.Regions.Count} regions");

var watch = Stopwatch.StartNew();
var sync = await store.SyncAsync(data);
Console.WriteLine($"first write to Azurite: {watch.Elapsed.TotalSeconds:F1} s ({sync.Added} entities)");

watch.Restart();
var resync = await store.SyncAsync(data);
Console.WriteLine($"second write (nothing changed): {watch.Elapsed.TotalSeconds:F1} s ({resync.Unchanged} unchanged, {resync.Added + resync.Replaced + resync.Deleted} written)");

// Memory: what the process holds with one loaded read model, over what it held before loading.
var before = GC.GetTotalMemory(forceFullCollection: true);
var loads = new List<double>();
var loaded = new List<(DirectoryData Data, DirectorySearch Search, DirectoryStatistics Statistics)>();
for (var round = 0; round < 3; round++)
{
    watch.Restart();
    var stored = await store.LoadAsync();
    loaded.Add((stored, new DirectorySearch(stored), StatisticsCalculator.Compute(stored)));
    loads.Add(watch.Elapsed.TotalMilliseconds);
}

var held = (GC.GetTotalMemory(forceFullCollection: true) - before) / loaded.Count;
Console.WriteLine($"load from Azurite (all tables, search index, statistics): {string.Join(" / ", loads.Select(l => $"{l:F0} ms"))} (first includes JIT)");
Console.WriteLine($"memory held: {held / 1024.0 / 1024.0:F1} MiB per loaded directory");

var search = loaded[0].Search;
foreach (var query in queries)
{
    var timings = new List<double>();
    var hits = 0;
    for (var round = 0; round < SearchRounds; round++)
    {
        var start = Stopwatch.GetTimestamp();
        hits = search.Mpps(query).Count + search.Counters(query).Count + search.AgencyKinds(query).Count + search.Services(query).Count;
        timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    timings.Sort();
    Console.WriteLine($"search '{query}': {hits} hits, p50 {timings[timings.Count / 2]:F2} ms, p95 {timings[(int)(timings.Count * 0.95)]:F2} ms (all four kinds)");
}

var now = DateTimeOffset.UtcNow;
watch.Restart();
var open = data.Mpps.Count(mpp => mpp.Hours.Schedule is { } schedule
    && ScheduleClock.StatusAt(schedule, data.Holidays.Days, IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).TimeZone, now).IsOpen);
Console.WriteLine($"open-now filter over {data.Mpps.Count} MPPs: {open} open, {watch.Elapsed.TotalMilliseconds:F1} ms");
