using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MppDirectory.Testing;

namespace MppDirectory.Infra.Tests;

/// <summary>
/// The README, docs/ and the READMEs of folders under functions/ are what a plain clone has, so every link in them
/// must lead somewhere inside the clone (or to a public http(s) address): no link into the reference folder beside
/// the repository, no file: URL, no path that climbs out of the root, and every #anchor names a heading that exists.
/// The README stays a short front door.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    private const int ReadmeMaxLines = 150;

    [Fact]
    public void EveryLinkInTheReadmeAndDocsLeadsToSomethingInTheRepository()
    {
        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var file in DocumentationFiles())
        {
            var text = File.ReadAllText(file);
            if (Markdown.UnclosedFence(text) is { } fenceLine)
            {
                // Everything after an unclosed fence is code, so its links would go unchecked (and render as code).
                problems.Add($"{Relative(file)}:{fenceLine}: a code fence opened here is never closed");
            }

            foreach (var link in Markdown.Links(text))
            {
                checkedLinks++;
                if (Problem(file, link.Target) is { } problem)
                {
                    problems.Add($"{Relative(file)}:{link.Line}: ({link.Target}) {problem}");
                }
            }
        }

        // A parser that found nothing would pass vacuously; the README alone links to every doc.
        Assert.True(checkedLinks >= 10, $"only {checkedLinks} links found in the README, docs/ and the READMEs under functions/: is the link parser broken?");
        Assert.True(problems.Count == 0, $"{problems.Count} broken link(s) or fence(s) in the README, docs/ and the READMEs under functions/:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void ReadmeIsAShortFrontDoor()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md")).Length;

        Assert.True(lines <= ReadmeMaxLines, $"README.md has {lines} lines, more than {ReadmeMaxLines}: move the detail into docs/.");
    }

    [Theory]
    [InlineData("Two editions: reads in Native AOT, stewardship in ReadyToRun", "two-editions-reads-in-native-aot-stewardship-in-readytorun")]
    [InlineData("Who can do what, through which app (threat model)", "who-can-do-what-through-which-app-threat-model")]
    [InlineData("Open Referral HSDS 3.0 export", "open-referral-hsds-30-export")]
    [InlineData("`mpps`: MPPs", "mpps-mpps")]
    [InlineData("See [the API](api.md) first", "see-the-api-first")]
    public void HeadingsGetGitHubStyleAnchors(string heading, string anchor)
    {
        Assert.Equal(anchor, Markdown.Slug(heading));
    }

    [Fact]
    public void AnUnclosedFenceIsFound()
    {
        Assert.Equal(3, Markdown.UnclosedFence("text\n\n```bash\nnpm start\n"));
        Assert.Null(Markdown.UnclosedFence("```\ncode\n```\n"));
    }

    [Fact]
    public void LinksInCodeAreNotLinks()
    {
        var text = "a [real](one.md) and `[in a span](two.md)`\n```\n[in a fence](three.md)\n```\n![image](four.png \"title\")";

        string[] expected = ["one.md", "four.png"];
        Assert.Equal(expected, Markdown.Links(text).Select(l => l.Target));
    }

    private static IEnumerable<string> DocumentationFiles() =>
        [
            RepositoryPaths.Combine("README.md"),
            .. Directory.EnumerateFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
            // A folder's README beside its code (Pages/Widget/README.md), not what a build leaves in bin/ or obj/.
            .. Directory.EnumerateFiles(RepositoryPaths.Combine("functions"), "README.md", SearchOption.AllDirectories)
                .Where(path => !Relative(path).Split('/').Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal),
        ];

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    /// <summary>Why a link target from <paramref name="file"/> is broken, or null when it is not.</summary>
    private static string? Problem(string file, string target)
    {
        if (target.Length == 0)
        {
            return "is empty";
        }

        if (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return null; // public references (RFCs, HSDS, OpenAPI) are fine; they are not this repository's files
        }

        if (target.StartsWith("../shared", StringComparison.Ordinal))
        {
            return "points into ../shared, which a clone of the repository does not have";
        }

        if (UriScheme().IsMatch(target))
        {
            return "is a URL that is neither http nor https (a file: URL names one machine's disk)";
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var resolved = path.Length == 0
            ? file
            : Path.GetFullPath(path.StartsWith('/') ? Path.Combine(RepositoryPaths.Root, path.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(file)!, path));
        var inRepository = Path.GetRelativePath(RepositoryPaths.Root, resolved);
        if (inRepository == ".." || inRepository.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(inRepository))
        {
            return "resolves outside the repository root";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return $"does not exist ({inRepository.Replace('\\', '/')})";
        }

        if (anchor is null)
        {
            return null;
        }

        if (!resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(resolved))
        {
            return "has an anchor, but is not a Markdown file with headings";
        }

        return Markdown.Anchors(File.ReadAllText(resolved)).Contains(anchor)
            ? null
            : $"names no heading of {Relative(resolved)}: there is no #{anchor}";
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    /// <summary>
    /// Just enough CommonMark for links: inline links and images, reference definitions, headings, and the code
    /// (fenced blocks, spans) in which none of them count.
    /// </summary>
    private static partial class Markdown
    {
        public sealed record Link(int Line, string Target);

        public static IEnumerable<Link> Links(string text)
        {
            var prose = WithoutCode(text);
            foreach (Match match in InlineLink().Matches(prose))
            {
                yield return new Link(LineOf(prose, match.Index), Unbracket(match.Groups["target"].Value));
            }

            foreach (Match match in ReferenceDefinition().Matches(prose))
            {
                yield return new Link(LineOf(prose, match.Index), Unbracket(match.Groups["target"].Value));
            }
        }

        /// <summary>The anchors GitHub gives the headings of a file (a repeated heading gets -1, -2 ...), and any explicit &lt;a id&gt;.</summary>
        public static HashSet<string> Anchors(string text)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            var prose = WithoutFences(text);
            foreach (Match heading in Heading().Matches(prose))
            {
                var slug = Slug(heading.Groups["text"].Value);
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{slug}-{n}";
                }
            }

            foreach (Match explicitAnchor in HtmlAnchor().Matches(prose))
            {
                anchors.Add(explicitAnchor.Groups["id"].Value);
            }

            return anchors;
        }

        /// <summary>GitHub's heading anchor: the heading's text, lowercase, punctuation removed, each space a hyphen.</summary>
        public static string Slug(string heading)
        {
            var text = InlineLink().Replace(heading, m => m.Groups["text"].Value).Trim().ToLowerInvariant();
            var slug = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    slug.Append('-');
                }
                else if (c is '-' or '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
                {
                    slug.Append(c);
                }
            }

            return slug.ToString();
        }

        // Fenced code blocks become empty lines and code spans spaces, so line numbers hold and nothing in code counts.
        private static string WithoutCode(string text) =>
            CodeSpan().Replace(WithoutFences(text), m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));

        /// <summary>The line of a code fence that nothing closes, or null.</summary>
        public static int? UnclosedFence(string text) => Fences(text).Unclosed;

        private static string WithoutFences(string text) => Fences(text).Prose;

        private static (string Prose, int? Unclosed) Fences(string text)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            string? fence = null;
            var openedAt = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                var opening = Fence().Match(lines[i]);
                if (fence is null && opening.Success)
                {
                    fence = opening.Groups["fence"].Value;
                    openedAt = i + 1;
                    lines[i] = "";
                }
                else if (fence is not null)
                {
                    // A fence closes with at least as many of the same character, and nothing after them.
                    var closing = lines[i].Trim();
                    if (closing.Length >= fence.Length && closing.All(c => c == fence[0]))
                    {
                        fence = null;
                    }

                    lines[i] = "";
                }
            }

            return (string.Join('\n', lines), fence is null ? null : openedAt);
        }

        private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

        private static string Unbracket(string target) =>
            target.StartsWith('<') && target.EndsWith('>') ? target[1..^1] : target;

        [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})")]
        private static partial Regex Fence();

        // A run of backticks, and the same run closing it, within one paragraph (no blank line between).
        [GeneratedRegex(@"(?<!`)(?<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\k<ticks>(?!`)", RegexOptions.Singleline)]
        private static partial Regex CodeSpan();

        [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target><[^>]*>|[^)\s]*)(?:\s+(?:""[^""]*""|'[^']*'))?\s*\)")]
        private static partial Regex InlineLink();

        [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*(?<target><[^>]*>|\S+)", RegexOptions.Multiline)]
        private static partial Regex ReferenceDefinition();

        [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.Multiline)]
        private static partial Regex Heading();

        [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
        private static partial Regex HtmlAnchor();
    }
}
