using System.IO.Compression;

// usage: packager FOLDER ZIP EXECUTABLE
// Every file of FOLDER into ZIP, in a fixed order, with Unix modes in the entries' external
// attributes (Flex Consumption keeps the modes of a zip made on Linux): 755 for EXECUTABLE (the
// custom handler host.json starts), 644 for the rest.
if (args is not [var folder, var zipPath, var executable])
{
    Console.Error.WriteLine("usage: packager FOLDER ZIP EXECUTABLE");
    return 2;
}

const int RegularFile = 0x8000; // S_IFREG
const int Executable = RegularFile | 0b111_101_101; // rwxr-xr-x
const int Plain = RegularFile | 0b110_100_100; // rw-r--r--

if (!File.Exists(Path.Combine(folder, executable)))
{
    Console.Error.WriteLine($"{executable} is not in {folder}");
    return 2;
}

File.Delete(zipPath);
using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
{
    foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var entry = zip.CreateEntryFromFile(file, name, CompressionLevel.Optimal);
        entry.ExternalAttributes = (name == executable ? Executable : Plain) << 16;
    }
}

Console.WriteLine($"{zipPath}: {new FileInfo(zipPath).Length:N0} bytes, {executable} executable (755)");
return 0;
