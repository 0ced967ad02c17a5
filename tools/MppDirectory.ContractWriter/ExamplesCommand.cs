using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.OpenApi;
using MppDirectory.Azurite;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;

namespace MppDirectory.ContractWriter;

/// <summary>
/// Captures each operation's response example: the seed data in a fresh Azurite (with one dataset
/// version published), the app over it, and the answer to each operation's example request.
/// </summary>
internal static class ExamplesCommand
{
    /// <summary>How many lines of a CSV download the example keeps.</summary>
    private const int CsvLines = 3;

    public static async Task<int> WriteAsync(string folder)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var names = StorageNames.Unique("examples");
        var clients = names.ClientsFor(azurite);
        var data = SeedFolder.Load(SeedFolder.FindDefault());
        await DirectoryStore.From(clients).SyncAsync(data);
        await new DatasetPublisher(new DatasetStore(clients), new FixedClock(ExampleRequests.ExamplePublishTime)).PublishAsync(data);

        await using var app = DirectoryApp.Build([], builder =>
        {
            builder.Environment.EnvironmentName = Environments.Development;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = names.TablePrefix,
                ["Storage:DatasetContainer"] = names.DatasetContainer,
                ["RateLimiting:PermitsPerMinute"] = "0",
                ["Authentication:DevelopmentKey"] = DevelopmentKey,
            });
        });
        await app.StartAsync();
        await ExampleSteward.RegisterAsync(app.Services.GetRequiredService<StewardRegistry>(), StewardshipOptions.DevelopmentIssuer, ExampleRequests.ExamplePublishTime);
        await ExampleSuggestion.StoreAsync(app.Services.GetRequiredService<MppDirectory.Storage.Suggestions.SuggestionStore>(), ExampleRequests.ExamplePublishTime);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        for (var attempt = 0; (await client.GetAsync("/api/health")).StatusCode != System.Net.HttpStatusCode.OK; attempt++)
        {
            if (attempt == 100)
            {
                await Console.Error.WriteLineAsync("the app did not load the seed data within 10 s");
                return 1;
            }

            await Task.Delay(100); // the read model loads in the background
        }

        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var described in DescribedEndpoint.From(((IEndpointRouteBuilder)app).DataSources))
        {
            if (!described.Methods.Contains("get"))
            {
                continue; // writes run after every read (below)
            }

            var url = ExampleRequests.UrlOf(described);
            // The steward registry answers admins only.
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (url.StartsWith("/api/v1/stewards", StringComparison.Ordinal))
            {
                request.Headers.Authorization = new("Bearer", Token(admin: true));
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"{described.Name}: GET {url} answered {(int)response.StatusCode}: {body}");
                return 1;
            }

            var isCsv = response.Content.Headers.ContentType?.MediaType == "text/csv";
            var text = isCsv
                ? string.Join("\r\n", body.Split("\r\n").Take(CsvLines)) + "\r\n"
                : JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement, Indented) + "\n";
            await File.WriteAllTextAsync(Path.Combine(folder, described.Name + (isCsv ? ".csv" : ".json")), text);
            written++;
        }

        // The other files of the download, each in its own media type (the zip is named by its URL instead).
        foreach (var file in new[] { "mpps.json", "mpps.ndjson", "mpps.geojson", "README.md" })
        {
            var body = await client.GetStringAsync($"/api/v1/datasets/1.0.0/{file}");
            var extension = Path.GetExtension(file);
            var text = extension == ".json"
                ? JsonSerializer.Serialize(new System.Text.Json.Nodes.JsonArray([.. System.Text.Json.Nodes.JsonNode.Parse(body)!.AsArray().Take(1).Select(n => n!.DeepClone())]), Indented) + "\n"
                : extension == ".geojson" ? body : string.Join("\n", body.Split('\n').Take(CsvLines)) + "\n";
            await File.WriteAllTextAsync(Path.Combine(folder, "DownloadDatasetFile" + extension), text);
            written++;
        }

        // The writes, after every read was captured: their answers are the writes' examples.
        foreach (var (write, response, body) in await ExampleRequests.RunWritesAsync(client, Token))
        {
            if ((int)response.StatusCode != write.Status)
            {
                await Console.Error.WriteLineAsync($"{write.Example}: {write.Method} {write.Path} answered {(int)response.StatusCode}: {body}");
                return 1;
            }

            await File.WriteAllTextAsync(Path.Combine(folder, write.Example + ".json"), JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement, Indented) + "\n");
            written++;
        }

        Console.WriteLine($"wrote {written} response examples to {folder}");
        return 0;
    }

    // A key of this run only: the app takes the tokens signed with it, as a local run takes `npm run token`'s.
    private static readonly string DevelopmentKey = DevelopmentTokens.NewKey();

    private static string Token(bool admin) => DevelopmentTokens.Create(
        DevelopmentKey, "contoh", "Steward contoh", [admin ? StewardRoles.Admin : StewardRoles.Write]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
