using MppDirectory.Cli;

// Maintainer commands that work without the API running.
try
{
    return args switch
    {
        ["seed", .. var rest] => await SeedCommand.RunAsync(rest),
        ["dataset", "publish", .. var rest] => await DatasetCommand.PublishAsync(rest),
        ["dataset", "write", var folder, .. var rest] => DatasetCommand.Write(folder, rest),
        ["import", var file, .. var rest] => await ImportCommand.RunAsync(file, rest),
        _ => Usage(),
    };
}
catch (Exception ex) when (CommandFailure.IsExpected(ex))
{
    // Bad input, a missing file or unreachable storage: one line that names it, no stack trace, nothing written.
    Console.Error.WriteLine("mppdir: " + CommandFailure.Describe(ex));
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          mppdir seed [--seed-folder DIR] [--force] [--Storage:ConnectionString=... | --Storage:accountName=...]
              load data/seed into Table Storage; writes only what differs, then publishes a
              dataset version if the data changed (or none holds it yet). Once stewards have
              changed the stored directory, a seed that differs from it is refused unless --force
              (which the change feed records)
          mppdir dataset publish [--Storage:ConnectionString=... | --Storage:accountName=...]
              publish a dataset version of the stored directory if its data changed
          mppdir import FILE [--dry-run] [--source ID --quote TEXT] [--Storage:...]
              bring back a published mpps.csv or counters.csv edited in a spreadsheet, or JSON in
              the API's shapes, by the rules of the API's writes (POST /api/v1/imports). Prints
              each row that changes; any problem is one line naming its row and column, exit 2,
              nothing written. Without --dry-run each MPP is written whole or not at all with the
              citation --source/--quote, and recorded in the change feed
          mppdir dataset write DIR [--seed-folder DIR] [--version 1.0.0] [--created 2025-01-01T00:00:00Z]
              write every file of a dataset version built from data/seed into DIR, printing progress
        """);
    return 2;
}
