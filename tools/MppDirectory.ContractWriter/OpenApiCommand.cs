using Microsoft.AspNetCore.Routing;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.OpenApi;

namespace MppDirectory.ContractWriter;

internal static class OpenApiCommand
{
    public static int Write(string folder)
    {
        // As for function.json: the built (not started) app's route table is all the contract needs.
        var app = DirectoryApp.Build([]);
        var files = ContractFiles.From(((IEndpointRouteBuilder)app).DataSources);
        ContractFiles.Write(folder, files);
        Console.WriteLine($"wrote {files.Count} files to {folder}: {string.Join(", ", files.Keys)}");
        return 0;
    }
}
