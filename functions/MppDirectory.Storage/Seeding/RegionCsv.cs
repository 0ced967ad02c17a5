using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Seeding;

/// <summary>Reads regions.csv (code,name,level), written by tools/extract-regions.mjs.</summary>
internal static class RegionCsv
{
    public static List<Region> Read(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse)];

    private static Region Parse(string line)
    {
        var cells = Split(line);
        if (cells.Count != 3)
        {
            throw new InvalidDataException($"regions.csv: expected 3 cells in '{line}'");
        }

        return new Region(cells[0], cells[1], Enum.Parse<RegionLevel>(cells[2], ignoreCase: true));
    }

    /// <summary>RFC 4180 cells of one line; names may be quoted when they hold a comma.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
