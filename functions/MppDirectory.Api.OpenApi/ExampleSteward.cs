using MppDirectory.Storage.Records;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The stewards of the contract's examples, registered the same way by the examples writer and by the fixture the
/// examples are checked against, so both change feeds hold the same records: a steward of Kota Pekalongan (GetSteward's
/// example id) and the national admin the example writes act as (subject <see cref="WriterSubject"/>).
/// </summary>
public static class ExampleSteward
{
    public const string Id = "steward-3f9a0c12d4e5";

    public const string WriterSubject = "contoh";

    public static async Task RegisterAsync(StewardRegistry registry, string issuer, DateTimeOffset at)
    {
        var admin = new ChangeActor("steward-0b5e2d7a9c41", "Directory.Admin", null);
        var entry = new StewardEntry(Id, issuer, "00000000-0000-0000-0000-000000000001", "Directory.Write", ["33.75"], true, "Petugas MPP Kota Pekalongan", admin.Id, at);
        await registry.RegisterAsync(entry, StewardChanges.Register(entry, admin, at, "examples"));
        var writer = new StewardEntry("steward-6d1f08b2a7e3", issuer, WriterSubject, "Directory.Admin", ["national"], true, "Steward contoh", admin.Id, at);
        await registry.RegisterAsync(writer, StewardChanges.Register(writer, admin, at, "examples"));
    }
}
