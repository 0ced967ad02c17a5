using MppDirectory.Cli;

// Maintainer commands that work without the API running.
return args switch
{
    ["seed", .. var rest] => await SeedCommand.RunAsync(rest),
    ["dataset", "publish", .. var rest] => await DatasetCommand.PublishAsync(rest),
    ["dataset", "write", var folder, .. var rest] => DatasetCommand.Write(folder, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          mppdir seed [--seed-folder DIR] [--Storage:ConnectionString=... | --Storage:accountName=...]
              load data/seed into Table Storage; writes only what differs, then publishes a
              dataset version if the data changed (or none holds it yet)
          mppdir dataset publish [--Storage:ConnectionString=... | --Storage:accountName=...]
              publish a dataset version of the stored directory if its data changed
          mppdir dataset write DIR [--seed-folder DIR] [--version 1.0.0] [--created 2025-01-01T00:00:00Z]
              write every file of a dataset version built from data/seed into DIR, printing progress
        """);
    return 2;
}
