using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// Where the keys that protect the console's session and antiforgery cookies live: a private blob container, so that
/// every instance of the stewardship app (Flex Consumption scales out and recycles) reads the cookies the others
/// wrote. Kept on an instance's disk they would be lost at every recycle and differ between instances, signing
/// stewards out and failing their forms at random. One blob per key, never overwritten, as the repository contract asks.
/// </summary>
public sealed class ConsoleKeys(BlobContainerClient container) : IXmlRepository
{
    public const string ContainerName = "console-keys";

    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureContainer();
        var elements = new List<XElement>();
        foreach (var item in container.GetBlobs())
        {
            using var stream = container.GetBlobClient(item.Name).OpenRead();
            elements.Add(XElement.Load(stream));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureContainer();
        using var stream = new MemoryStream();
        element.Save(stream, SaveOptions.DisableFormatting);
        stream.Position = 0;
        try
        {
            // Another instance may have made a key at the same moment: each keeps its own blob, both keys stay valid.
            container.GetBlobClient($"{friendlyName}-{Guid.NewGuid():N}.xml").Upload(stream, overwrite: false);
        }
        catch (RequestFailedException ex) when (ex.Status == StatusCodes.Status409Conflict)
        {
        }
    }

    private void EnsureContainer()
    {
        if (!_created)
        {
            container.CreateIfNotExists();
            _created = true;
        }
    }
}
