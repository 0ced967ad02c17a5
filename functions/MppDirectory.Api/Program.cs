using MppDirectory.Api.Hosting;

var app = DirectoryApp.Build(args);
await app.RunAsync();
