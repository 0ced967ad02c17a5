using MppDirectory.ContractWriter;

// Files generated from the app's route table; tests fail when the committed ones drift from it.
return args switch
{
    ["functions", var folder] => FunctionsCommand.Write(folder),
    ["openapi", var folder] => OpenApiCommand.Write(folder),
    ["examples", var folder] => await ExamplesCommand.WriteAsync(folder),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          contract-writer functions DIR   write one function.json folder per API route into DIR
          contract-writer openapi DIR     write the OpenAPI document and a JSON Schema per response type into DIR
          contract-writer examples DIR    capture each operation's response example over the seed data (starts Azurite) into DIR
        """);
    return 2;
}
