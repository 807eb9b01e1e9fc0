namespace Negotiation.Model.Docs.Tests;

/// <summary>Every C# block of every Markdown page in the repository compiles against the packages' assemblies, runs,
/// and prints what it says it prints.</summary>
/// <remarks>The programs print through Console.SetOut, which is global: this is the only class here, and xunit runs the
/// tests of one class one at a time.</remarks>
public sealed class DocBlockTests
{
    private static readonly string[] SkippedDirectories = ["bin", "obj", "artifacts", ".git", "_site", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts"];

    private static readonly Lazy<IReadOnlyList<DocProgram>> Programs = new(ReadAll);

    public static TheoryData<string> ProgramNames() => [.. Programs.Value.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ProgramNames))]
    public void Block_CompiledAndRun_PrintsWhatItsCommentsSay(string name)
    {
        var program = Programs.Value.Single(p => p.Name == name);

        var (image, problems) = DocCompiler.Compile(program);

        problems.Should().BeEmpty($"the block at {name} must compile as a console app's Program.cs (C# 12 and the latest), without warnings");
        if (!program.Run)
        {
            return;
        }

        var printed = DocCompiler.Run(image!).ReplaceLineEndings("\n").TrimEnd('\n');
        if (program.ExpectedOutput.Count > 0)
        {
            var lines = printed.Length == 0 ? [] : printed.Split('\n').Select(l => l.TrimEnd()).ToList();
            lines.Should().Equal(program.ExpectedOutput, $"the comments of the block at {name} state what it prints");
        }
    }

    [Theory]
    [InlineData("src/Negotiation.Model/README.md")]
    [InlineData("src/Negotiation.Model.Testing/README.md")]
    [InlineData("src/Negotiation.Model.Storage.Sqlite/README.md")]
    public void PackageReadme_HasAFirstExampleThatStatesItsOutputOrAsserts(string file) =>
        Programs.Value.Should().Contain(p => p.File == file && p.Run, $"{file} shows users a runnable first example");

    [Fact]
    public void ExpectedOutput_TrailingAndFollowingComments_AreReadInOrder()
    {
        string[] block =
        [
            "var x = 1;   // not output: no Console.Write on this line",
            "Console.WriteLine(x);   // 1",
            "foreach (var s in new[] { \"a\", \"b\" })",
            "    Console.WriteLine(s);",
            "// a",
            "// b",
            "",
            "// a note, not output: a blank line ends the output",
        ];

        MarkdownBlocks.ExpectedOutput(block).Should().Equal("1", "a", "b");
    }

    [Fact]
    public void Read_ContinuedBlock_JoinsThePreviousProgramWithItsUsingsOnTop()
    {
        const string page = """
            ```csharp
            using System.Text;
            Console.WriteLine(1);   // 1
            ```
            <!-- doc-test: continues -->
            ```csharp
            using System.Globalization;
            Console.WriteLine(2);   // 2
            ```
            ```bash
            echo not C#
            ```
            """;

        var programs = MarkdownBlocks.Read("page.md", page);

        programs.Should().ContainSingle();
        programs[0].Code.Should().StartWith("using System.Text;\nusing System.Globalization;\n");
        programs[0].ExpectedOutput.Should().Equal("1", "2");
    }

    private static List<DocProgram> ReadAll()
    {
        var root = RepositoryRoot();
        return [.. Pages(root).SelectMany(path => MarkdownBlocks.Read(
            Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))];
    }

    private static IEnumerable<string> Pages(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (!SkippedDirectories.Contains(Path.GetFileName(sub)))
            {
                foreach (var file in Pages(sub))
                {
                    yield return file;
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Negotiation.Model.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Negotiation.Model.sln above {AppContext.BaseDirectory}.");
    }
}
