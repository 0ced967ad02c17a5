using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Api.Http.Stewardship;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.OpenApi;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;
using MppDirectory.Testing;

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

        // The steward registry is for admins' eyes: its examples are read with an admin's development token.
        var key = RandomNumberGenerator.GetBytes(32);
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
                ["Authentication:DevelopmentKey"] = Convert.ToBase64String(key),
            });
        });
        await app.StartAsync();
        await ExampleSteward.RegisterAsync(app.Services.GetRequiredService<StewardRegistry>(), StewardshipOptions.DevelopmentIssuer, ExampleRequests.ExamplePublishTime);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken(key));
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
                continue; // writes are described by their body's schema; their answer is the read's shape
            }

            var url = ExampleRequests.UrlOf(described);
            using var response = await client.GetAsync(url);
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

        Console.WriteLine($"wrote {written} response examples to {folder}");
        return 0;
    }

    private static readonly string[] AdminRoles = ["Directory.Admin"];

    private static string AdminToken(byte[] key) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
    {
        Issuer = StewardshipOptions.DevelopmentIssuer,
        Audience = new StewardshipOptions().Audience,
        Claims = new Dictionary<string, object> { ["sub"] = "examples-admin", ["roles"] = AdminRoles },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(key), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
    });

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
