using MppDirectory.Cli;

// Maintainer commands that work without the API running.
return args switch
{
    ["seed", .. var rest] => await SeedCommand.RunAsync(rest),
    ["functions", "write", var folder, ..] => FunctionsCommand.Write(folder),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          mppdir seed [--seed-folder DIR] [--Storage:ConnectionString=...]
              load data/seed into Table Storage; writes only what differs
          mppdir functions write DIR
              write one function.json folder per API route into DIR
        """);
    return 2;
}
