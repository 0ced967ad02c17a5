using System.Reflection;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace MppDirectory.Architecture.Tests;

/// <summary>
/// Which top-level folders (namespaces <c>Root.X</c> and below) of one assembly use which, from the type
/// dependencies ArchUnitNET reads in the IL, each use with the types that make it.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _uses = new(StringComparer.Ordinal);

    private FolderGraph()
    {
    }

    public static FolderGraph Of(ArchitectureModel architecture, Assembly assembly, string root)
    {
        var graph = new FolderGraph();
        foreach (var type in architecture.Types.Where(t => t.Assembly?.FullName == assembly.FullName))
        {
            if (FolderOf(type.Namespace?.FullName, root) is not { } from)
            {
                continue;
            }

            graph.Uses(from);
            foreach (var dependency in type.Dependencies)
            {
                // A generic parameter has no assembly or namespace of its own.
                if (dependency.Target.Assembly?.FullName == assembly.FullName
                    && FolderOf(dependency.Target.Namespace?.FullName, root) is { } to && to != from)
                {
                    var uses = graph.Uses(from);
                    if (!uses.TryGetValue(to, out var examples))
                    {
                        uses[to] = examples = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    examples.Add($"{type.FullName} → {dependency.Target.FullName}");
                }
            }
        }

        return graph;
    }

    public IReadOnlyCollection<string> Folders => _uses.Keys;

    /// <summary>
    /// Each set of folders that reach each other (a strongly connected component of more than one folder), told
    /// as its uses, each with up to three of the type dependencies that make it.
    /// </summary>
    public IReadOnlyList<string> Cycles() =>
        [.. StronglyConnected().Where(c => c.Count > 1).Select(Describe)];

    private string Describe(SortedSet<string> component)
    {
        // The uses made by fewest types first: the one that closes a cycle is most often a stray one.
        var uses = component
            .SelectMany(from => _uses[from].Where(use => component.Contains(use.Key)).Select(use => (From: from, To: use.Key, Types: use.Value)))
            .OrderBy(use => use.Types.Count).ThenBy(use => use.From, StringComparer.Ordinal).ThenBy(use => use.To, StringComparer.Ordinal)
            .Select(use => $"  {use.From} → {use.To} ({use.Types.Count} {(use.Types.Count == 1 ? "use" : "uses")}): {string.Join("; ", use.Types.Take(3))}"
                + (use.Types.Count > 3 ? "; …" : ""));
        return string.Join(" ⇄ ", component) + ":\n" + string.Join("\n", uses);
    }

    private Dictionary<string, SortedSet<string>> Uses(string folder)
    {
        if (!_uses.TryGetValue(folder, out var uses))
        {
            _uses[folder] = uses = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        }

        return uses;
    }

    private static string? FolderOf(string? ns, string root) =>
        ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

    /// <summary>Tarjan's algorithm; each component's folders in order of name.</summary>
    private List<SortedSet<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<SortedSet<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var next in _uses[folder].Keys.Order(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], seen);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new SortedSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);
                components.Add(component);
            }
        }

        foreach (var folder in _uses.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return components;
    }
}
