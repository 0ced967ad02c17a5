using MppDirectory.Api.Functions;
using MppDirectory.Api.Hosting;

namespace MppDirectory.ContractWriter;

internal static class FunctionsCommand
{
    public static int Write(string folder)
    {
        // Building the app (without starting it) gives its route table; storage is not touched.
        var app = DirectoryApp.Build([]);
        var functions = FunctionManifest.FromRoutes(app);
        FunctionManifest.Write(folder, functions);
        Console.WriteLine($"wrote {functions.Count} functions to {folder}");
        return 0;
    }
}
