// `npm run --silent token -- --role Directory.Write [--role Directory.Admin] [--scope 33.75]... [--name "Nama"] [--subject ID] [--url URL]`:
// prints one line, a bearer token the local run (`npm start`) accepts, signed with this clone's development key
// (artifacts/local/development-key, made when missing) by the app's own DevelopmentTokens, valid for
// DevelopmentTokens.Lifetime (12 hours). No --role: a token that authenticates but may not write.
// Where a steward may write is the steward registry's say, not the token's: with --scope (MPP ids, province or
// regency codes, or `national`), the token's subject is registered in the running local directory (--url, default
// http://127.0.0.1:7071) with that scope, through POST /api/v1/stewards as a development admin. Without --scope the
// subject is not registered, and its writes are refused (403) as an unregistered steward's are.
// Only the token goes to stdout; what the tool tells the person goes to stderr, starting with "token:".
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Domain;
using MppDirectory.Domain.Stewardship;

string[] known = ["--role", "--scope", "--name", "--subject", "--url"];
for (var i = 0; i < args.Length; i += 2)
{
    if (!known.Contains(args[i], StringComparer.Ordinal) || i + 1 >= args.Length)
    {
        await Console.Error.WriteLineAsync(
            $"usage: npm run --silent token -- [--role R]... [--scope MPP-OR-REGION-OR-national]... [--name NAME] [--subject ID] [--url URL] (not '{args[i]}')");
        return 2;
    }
}

var key = DevelopmentTokens.ReadOrCreateKey(Path.Combine([RepositoryRoot(), .. DevelopmentTokens.KeyPath]));
var roles = Values("--role");
var subject = Values("--subject").FirstOrDefault() ?? $"local-{Guid.NewGuid()}";
var name = Values("--name").FirstOrDefault() ?? "Local steward";
var scope = Values("--scope").SelectMany(s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();

if (scope.Count > 0)
{
    var url = Values("--url").FirstOrDefault() ?? "http://127.0.0.1:7071";
    var baseUrl = url.EndsWith('/') ? url[..^1] : url;
    var role = roles.Contains(StewardRoles.Admin, StringComparer.Ordinal) ? StewardRoles.Admin : StewardRoles.Write;
    var json = DirectoryJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new StewardInput(subject, StewardshipOptions.DevelopmentIssuer, role, scope, name), json));
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    using var http = new HttpClient();
    HttpResponseMessage response;
    try
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/v1/stewards") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(key, "local-development-admin", "Local admin", [StewardRoles.Admin]));
        response = await http.SendAsync(request);
    }
    catch (Exception error) when (error is HttpRequestException or UriFormatException or InvalidOperationException)
    {
        var cause = error.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : error.Message;
        await Console.Error.WriteLineAsync($"token: could not register the steward at {baseUrl} ({cause}); start the directory first (npm start)");
        return 1;
    }

    using (response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"token: registering the steward answered {(int)response.StatusCode}: {body}");
            return 1;
        }

        var entry = JsonSerializer.Deserialize<StewardView>(body, json)!;
        await Console.Error.WriteLineAsync($"token: registered {entry.Id} ({entry.Role}) for {string.Join(", ", entry.Scope)}");
    }
}

Console.WriteLine(DevelopmentTokens.Create(key, subject, name, roles));
return 0;

// Every value given to option `option`, in order.
List<string> Values(string option) =>
    [.. Enumerable.Range(0, args.Length / 2).Where(i => args[2 * i] == option && args[(2 * i) + 1].Length > 0).Select(i => args[(2 * i) + 1])];

// The clone this tool was built in (tools/lib.mjs's root): where its development key is.
static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "MppDirectory.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
