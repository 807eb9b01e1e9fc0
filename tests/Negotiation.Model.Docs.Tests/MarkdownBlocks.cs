using System.Text;
using System.Text.RegularExpressions;

namespace Negotiation.Model.Docs.Tests;

/// <summary>
/// Reads the C# blocks of Markdown files into programs, by the conventions written in the repository README
/// ("Documentation that compiles").
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every <c>```csharp</c> block is compiled as the <c>Program.cs</c> of a fresh console app and run.</item>
/// <item><c>&lt;!-- doc-test: continues --&gt;</c> on the line before a block appends it to the previous C# block of the
/// same file (its <c>using</c> directives move to the top), so a page can explain one program in steps.</item>
/// <item><c>&lt;!-- doc-test: compile-only --&gt;</c> compiles the block (and what continues it) without running it.</item>
/// <item>What a block prints is stated in comments: a comment after a <c>Console.Write…</c> statement on the same line,
/// and the comment lines right below that statement, are its output, one line each. When a program states any output,
/// everything it prints must match it, line for line.</item>
/// </list>
/// </remarks>
internal static partial class MarkdownBlocks
{
    private const string ContinuesMarker = "<!-- doc-test: continues -->";
    private const string CompileOnlyMarker = "<!-- doc-test: compile-only -->";

    public static IReadOnlyList<DocProgram> Read(string relativePath, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var programs = new List<DocProgram>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i].Trim().TrimStart('`').Trim();
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            if (!language.Equals("csharp", StringComparison.OrdinalIgnoreCase) && !language.Equals("cs", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var marker = MarkerBefore(lines, start);
            var code = string.Join('\n', body);
            var output = ExpectedOutput(body);
            if (marker == ContinuesMarker)
            {
                if (programs.Count == 0)
                {
                    throw new InvalidDataException($"{relativePath}:{start + 1}: a block marked 'continues' has no C# block before it.");
                }

                var previous = programs[^1];
                programs[^1] = previous with
                {
                    Code = previous.Code + "\n" + code,
                    ExpectedOutput = [.. previous.ExpectedOutput, .. output],
                };
            }
            else
            {
                programs.Add(new DocProgram(relativePath, start + 1, code, output, Run: marker != CompileOnlyMarker));
            }
        }

        return [.. programs.Select(p => p with { Code = HoistUsings(p.Code) })];
    }

    /// <summary>The output a block states: trailing comments of Console.Write lines and the comment lines below them.</summary>
    internal static IReadOnlyList<string> ExpectedOutput(IReadOnlyList<string> body)
    {
        var expected = new List<string>();
        for (var i = 0; i < body.Count; i++)
        {
            var trailing = TrailingComment().Match(body[i]);
            var code = trailing.Success ? trailing.Groups["code"].Value : body[i];
            if (!code.Contains("Console.Write", StringComparison.Ordinal))
            {
                continue;
            }

            if (trailing.Success)
            {
                expected.Add(trailing.Groups["text"].Value.TrimEnd());
            }

            for (; i + 1 < body.Count && body[i + 1].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
            {
                expected.Add(CommentText(body[i + 1]));
            }
        }

        return expected;
    }

    private static string CommentText(string line)
    {
        var text = line.TrimStart()[2..];
        return (text.StartsWith(' ') ? text[1..] : text).TrimEnd();
    }

    private static string? MarkerBefore(string[] lines, int fence)
    {
        for (var j = fence - 1; j >= 0; j--)
        {
            var line = lines[j].Trim();
            if (line.Length > 0)
            {
                return line is ContinuesMarker or CompileOnlyMarker ? line : null;
            }
        }

        return null;
    }

    private static string HoistUsings(string code)
    {
        var usings = new StringBuilder();
        var rest = new StringBuilder();
        foreach (var line in code.Split('\n'))
        {
            (UsingDirective().IsMatch(line) ? usings : rest).Append(line).Append('\n');
        }

        return usings.ToString() + rest;
    }

    [GeneratedRegex(@"^(?<code>.*?;)\s*//\s?(?<text>.*)$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"^using (static )?[A-Za-z0-9_.]+( = [A-Za-z0-9_.<>]+)?;\s*$")]
    private static partial Regex UsingDirective();
}
