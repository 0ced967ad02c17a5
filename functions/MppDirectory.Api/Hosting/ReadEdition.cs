using System.Diagnostics.CodeAnalysis;

namespace MppDirectory.Api.Hosting;

/// <summary>
/// Which executable this is. The full app (ReadyToRun, or <c>dotnet run</c>) serves every route. The read
/// edition (Native AOT, the <c>ReadEdition</c> publish profile) serves the reads that the loaded snapshot
/// answers, reads blobs only, and forwards every other request to the full app (<see cref="StewardshipForwarding"/>):
/// writes, imports, the change feed and the dataset versions, which need the Tables SDK, and that SDK
/// does not run under Native AOT. A build-time switch, so the trimmer drops the full app's code from it.
/// Only <see cref="Editions"/> reads it: what each edition serves is said there.
/// </summary>
public static class ReadEdition
{
    public const string Switch = "MppDirectory.Api.ReadEdition";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsEnabled => AppContext.TryGetSwitch(Switch, out var enabled) && enabled;
}
