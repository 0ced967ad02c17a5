using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>The HTTP verbs for entity writes; MERGE is the Table service's own verb.</summary>
internal static class TableRequestMethods
{
    public static readonly RequestMethod Merge = new("MERGE");

    public static RequestMethod ForUpdate(TableUpdateMode mode) => mode switch
    {
        TableUpdateMode.Merge => Merge,
        TableUpdateMode.Replace => RequestMethod.Put,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown update mode."),
    };
}
