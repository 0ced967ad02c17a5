using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Datasets.Importing;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage;
using MppDirectory.Storage.Importing;
using MppDirectory.Storage.Records;

namespace MppDirectory.Cli;

/// <summary>
/// <c>mppdir import FILE [--dry-run] [--source ID --quote TEXT]</c> (an edited mpps.csv or counters.csv): the same import as
/// <c>POST /api/v1/imports</c>, planned by the same rules and applied by the same code.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string file, string[] args)
    {
        var dryRun = args.Contains("--dry-run");
        var source = Option(args, "--source");
        var quote = Option(args, "--quote");
        var bytes = await File.ReadAllBytesAsync(file);

        var builder = Host.CreateApplicationBuilder(args.Where(a => a.StartsWith("--Storage", StringComparison.Ordinal)).ToArray());
        builder.Services.AddDirectoryStorage(builder.Configuration);
        using var host = builder.Build();
        var data = await host.Services.GetRequiredService<DirectoryStore>().LoadAsync();

        // As a registered steward (their scope and public id), or as the operator, who holds the storage roles
        // and so answers for the whole directory whatever the registry says.
        var (actor, scope) = await ActorAsync(host.Services, Option(args, "--steward"));
        var citations = source is null ? [] : new[] { new CitationInput(source, quote ?? "") };
        var plan = DatasetImport.Plan(bytes, data, citations, requireCitations: !dryRun);
        if (!plan.CanApply)
        {
            // One line per problem, named as a spreadsheet shows it; nothing is written.
            foreach (var problem in plan.Problems)
            {
                Console.Error.WriteLine($"mppdir: {file} row {problem.Row}{(problem.Column is null ? "" : ", " + problem.Column)}: {problem.Message}");
            }

            return 2;
        }

        var regions = data.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var outside = plan.OutsideScope(scope, data.Mpps.ToDictionary(m => m.Id, StringComparer.Ordinal), regions);
        foreach (var problem in outside)
        {
            Console.Error.WriteLine($"mppdir: {file} row {problem.Row}, {problem.Column}: {problem.Message}");
        }

        if (outside.Count > 0)
        {
            return 2;
        }

        foreach (var edit in plan.Edits)
        {
            var what = edit.CounterId is null ? edit.MppId : $"{edit.MppId}/{edit.CounterId}";
            Console.WriteLine($"row {edit.Row}: {what} {(dryRun ? "would " : "")}{(edit.Creates ? "create" : "change")} {string.Join(", ", edit.Fields)}");
        }

        var created = plan.Edits.Count(e => e.Creates);
        Console.WriteLine($"{plan.Rows} rows: {plan.Edits.Count - created} updated, {plan.Unchanged.Count} unchanged, {created} created");
        if (dryRun || plan.Edits.Count == 0)
        {
            Console.WriteLine(dryRun ? "dry run: nothing written" : "nothing to write");
            return 0;
        }

        var result = await host.Services.GetRequiredService<MppImporter>()
            .ApplyAsync(plan, regions, actor, scope, DateTimeOffset.UtcNow, "mppdir import " + Path.GetFileName(file));
        foreach (var applied in result.Applied)
        {
            Console.WriteLine($"row {applied.Row}: {applied.MppId} imported as change {applied.ChangeId}");
        }

        foreach (var conflict in result.Conflicts)
        {
            Console.Error.WriteLine($"mppdir: {file} row {conflict.Row}: {conflict.Message}");
        }

        return result.Conflicts.Count == 0 ? 0 : 2;
    }

    private static async Task<(ChangeActor Actor, StewardScope Scope)> ActorAsync(IServiceProvider services, string? stewardId)
    {
        if (stewardId is null)
        {
            return (CliActor.Current(), StewardScope.Of([StewardScope.National]));
        }

        var found = await services.GetRequiredService<StewardRegistry>().FindByIdAsync(stewardId)
            ?? throw new InvalidDataException($"No steward is registered with the id '{stewardId}'.");
        if (!found.Entry.Active)
        {
            throw new InvalidDataException($"The steward '{stewardId}' is not active.");
        }

        return (new ChangeActor(found.Entry.Id, found.Entry.Role, found.Entry.Name), StewardScope.Of(found.Entry.Scope));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
