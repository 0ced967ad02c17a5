using System.Reflection;

namespace MppDirectory.Api;

/// <summary>Files built into the app (the contract, the docs page's script, the site's stylesheet, the widget's module and stylesheet).</summary>
public static class Embedded
{
    public static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded; build after `npm ci`.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
