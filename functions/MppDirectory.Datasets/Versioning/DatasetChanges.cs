namespace MppDirectory.Datasets.Versioning;

/// <summary>
/// What changed since the previous version and which version that makes. The rules (SemVer for data):
/// major when a table or column is removed or renamed, a column changes type or position, or a
/// primary key changes; minor when tables, columns or rows (new primary keys) are added; patch for
/// corrections (rows changed or removed) and for data changes no table shows.
/// </summary>
public sealed record DatasetChanges(string? PreviousVersion, VersionBump Bump, IReadOnlyList<TableChange> Tables)
{
    public static DatasetChanges Between(string? previousVersion, IReadOnlyList<TableSnapshot>? previous, IReadOnlyList<TableSnapshot> current)
    {
        if (previousVersion is null || previous is null)
        {
            return new(null, VersionBump.Initial, [.. current.Select(t => new TableChange(t.Name, t.RowsByKey.Count, 0, 0, t.RowsByKey.Count, []))]);
        }

        var before = previous.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var changes = current.Select(t => before.TryGetValue(t.Name, out var old)
                ? Compare(old, t)
                : new TableChange(t.Name, t.RowsByKey.Count, 0, 0, t.RowsByKey.Count, ["table added"]))
            .Concat(previous.Where(t => current.All(c => c.Name != t.Name))
                .Select(t => new TableChange(t.Name, 0, t.RowsByKey.Count, 0, 0, ["table removed"])))
            .ToList();
        return new(previousVersion, BumpOf(changes), changes);
    }

    public string NextVersion() => PreviousVersion is null
        ? SemanticVersion.Initial.ToString()
        : SemanticVersion.Parse(PreviousVersion).Next(Bump).ToString();

    private static TableChange Compare(TableSnapshot old, TableSnapshot now)
    {
        var schema = new List<string>();
        var oldNames = old.Fields.Select(f => f.Name).ToList();
        var newNames = now.Fields.Select(f => f.Name).ToList();
        schema.AddRange(oldNames.Except(newNames).Select(n => $"column {n} removed"));
        schema.AddRange(newNames.Except(oldNames).Select(n => $"column {n} added"));
        schema.AddRange(old.Fields.Join(now.Fields, f => f.Name, f => f.Name, (o, n) => (o.Name, From: o.Type, To: n.Type))
            .Where(f => f.From != f.To)
            .Select(f => $"column {f.Name} type {f.From} -> {f.To}"));
        var kept = oldNames.Intersect(newNames).ToList();
        if (!kept.SequenceEqual(newNames.Intersect(oldNames)))
        {
            schema.Add("columns reordered");
        }

        if (!old.PrimaryKey.SequenceEqual(now.PrimaryKey))
        {
            schema.Add("primary key changed");
        }

        var added = now.RowsByKey.Keys.Count(k => !old.RowsByKey.ContainsKey(k));
        var removed = old.RowsByKey.Keys.Count(k => !now.RowsByKey.ContainsKey(k));
        var changed = now.RowsByKey.Count(r => old.RowsByKey.TryGetValue(r.Key, out var before) && before != r.Value);
        return new TableChange(now.Name, added, removed, changed, now.RowsByKey.Count, schema);
    }

    private static VersionBump BumpOf(IReadOnlyList<TableChange> changes)
    {
        var schema = changes.SelectMany(c => c.Schema).ToList();
        if (schema.Any(s => s.EndsWith(" removed", StringComparison.Ordinal) || s.Contains(" type ", StringComparison.Ordinal)
            || s is "columns reordered" or "primary key changed"))
        {
            return VersionBump.Major;
        }

        return schema.Count > 0 || changes.Any(c => c.RowsAdded > 0) ? VersionBump.Minor : VersionBump.Patch;
    }
}
