using System.Diagnostics;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.ReadModel;
using MppDirectory.Api.Seeding;
using MppDirectory.Api.Storage;
using MppDirectory.Benchmarks;
using MppDirectory.Tables;
using MppDirectory.Testing;

// Builds a national-scale directory in a real Azurite and prints how the read model copes:
// write time, load time from storage, memory held, and search latency. A benchmark, not a test.
const int CountersPerMpp = 20;
const int SearchRounds = 200;
string[] queries = ["dukcapil", "paspor", "Pangkal Pinang", "bpjs kesehatan", "imig", "kota bandung", "samsat", "dinas kependudukan dan pencatatan sipil"];

await using var azurite = await AzuriteProcess.StartAsync();
var tables = new DirectoryTables(new TableServiceClient(azurite.ConnectionString), "bench");
var store = new DirectoryStore(tables);
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
var readModels = new List<DirectoryReadModel>();
for (var round = 0; round < 3; round++)
{
    readModels.Add(new DirectoryReadModel(store, Options.Create(new DirectoryOptions()), TimeProvider.System));
    watch.Restart();
    _ = (await readModels[^1].GetAsync()).Statistics;
    loads.Add(watch.Elapsed.TotalMilliseconds);
}

var held = (GC.GetTotalMemory(forceFullCollection: true) - before) / readModels.Count;
var snapshot = await readModels[0].GetAsync();
Console.WriteLine($"read model load from Azurite (version check, all tables, indexes, search): {string.Join(" / ", loads.Select(l => $"{l:F0} ms"))} (first includes JIT)");
Console.WriteLine($"read model memory held: {held / 1024.0 / 1024.0:F1} MiB per loaded directory");

var search = snapshot.Search;
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
var open = snapshot.Find(new MppCriteria(OpenNow: true), now).Count;
Console.WriteLine($"open-now filter over {data.Mpps.Count} MPPs: {open} open, {watch.Elapsed.TotalMilliseconds:F1} ms");
