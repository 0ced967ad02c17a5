using System.Net.Http.Headers;
using System.Text;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>Requests, files and the CLI the import tests share.</summary>
internal static class ImportRequests
{
    public const string Path = "/api/v1/imports";

    public static readonly string Admin = StewardTokens.For("national-team", [StewardRoles.Admin]);

    private static readonly string Cli = RepositoryPaths.Combine("functions", "MppDirectory.Cli", "bin",
        AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0", "mppdir.dll");

    public static Task<ProcessRunner.Result> CliAsync(ApiFixture api, string file, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [Cli, "import", file, .. arguments,
            $"--Storage:ConnectionString={api.Azurite.ConnectionString}", $"--Storage:TablePrefix={api.Names.TablePrefix}", $"--Storage:DatasetContainer={api.Names.DatasetContainer}"]);

    public static HttpRequestMessage Import(string csv, string? token, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path + query) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public static Task<string> LatestMppsCsvAsync(ApiFixture api) => LatestCsvAsync(api, "mpps.csv");

    public static async Task<string> LatestCsvAsync(ApiFixture api, string file)
    {
        var latest = (await api.Client.GetJsonAsync("/api/v1/datasets")).GetProperty("items")[0].GetProperty("version").GetString();
        return await api.Client.GetStringAsync($"/api/v1/datasets/{latest}/{file}");
    }

    /// <summary>The data version and the last change: what any write would move.</summary>
    public static async Task<(string?, int)> StateAsync(ApiFixture api) =>
        ((await api.Client.GetJsonAsync("/api/health")).GetProperty("dataVersion").GetString(),
         (await api.Client.GetJsonAsync("/api/v1/changes?per_page=100")).GetProperty("changes").GetArrayLength());

    public static string EditFloors(string csv, string id, string floors) => EditCells(csv, id, ("floors", floors));

    /// <summary>The CSV with cells of the row whose first cell is <paramref name="id"/> replaced, as a spreadsheet would save it.</summary>
    public static string EditCells(string csv, string id, params (string Column, string Value)[] edits)
    {
        var lines = csv.Split("\r\n").ToList();
        var header = lines[0].Split(',');
        var row = lines.FindIndex(l => l.StartsWith(id + ",", StringComparison.Ordinal));
        var cells = MppDirectory.Datasets.Formats.CsvReader.Read(lines[row] + "\r\n")[0].Cells.ToArray();
        foreach (var (column, value) in edits)
        {
            cells[Array.IndexOf(header, column)] = value;
        }

        lines[row] = Line(cells);
        return string.Join("\r\n", lines);
    }

    /// <summary>The CSV with a row added after the last one: the given cells, the others empty.</summary>
    public static string AppendRow(string csv, params (string Column, string Value)[] cells)
    {
        var lines = csv.TrimEnd('\r', '\n').Split("\r\n").ToList();
        var header = lines[0].Split(',');
        lines.Add(Line([.. header.Select(h => cells.FirstOrDefault(c => c.Column == h).Value ?? "")]));
        return string.Join("\r\n", lines) + "\r\n";
    }

    private static string Line(IEnumerable<string> cells) =>
        string.Join(",", cells.Select(c => c.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));
}
