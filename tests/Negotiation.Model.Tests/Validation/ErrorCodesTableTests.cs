using System.Reflection;
using System.Text.RegularExpressions;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The codes in <see cref="ErrorCodes"/>, the table in ERROR-CODES.md, the source that reports them and the tests
/// that trigger them agree.</summary>
public sealed partial class ErrorCodesTableTests
{
    private static readonly string RepositoryRoot = FindRoot();

    private static readonly IReadOnlyDictionary<string, string> Constants = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Constants_Always_AreNmAndFourDigitsAndDistinct()
    {
        Constants.Values.Should().OnlyContain(code => CodeForm().IsMatch(code));
        Constants.Values.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Table_ComparedWithConstants_ListsEachCodeOnceWithItsConstant()
    {
        var rows = TableRows();

        rows.Select(r => r.Code).Should().OnlyHaveUniqueItems("each code has one row");
        rows.Select(r => r.Code).Should().BeEquivalentTo(Constants.Values, "every code constant is in ERROR-CODES.md and every row is a constant");
        foreach (var row in rows)
        {
            Constants.Should().ContainKey(row.Constant).WhoseValue.Should().Be(row.Code, "the row names the constant of {0}", row.Code);
        }
    }

    [Fact]
    public void Table_Always_GivesSeverityMeaningAndExample()
    {
        foreach (var row in TableRows())
        {
            row.Severity.Should().BeOneOf(["Error", "Warning", "Info"], "row {0} gives a severity", row.Code);
            row.Meaning.Should().NotBeNullOrWhiteSpace("row {0} gives a meaning", row.Code);
            row.Example.Should().NotBeNullOrWhiteSpace("row {0} gives an example", row.Code);
        }
    }

    [Fact]
    public void Table_Always_GroupsCodesUnderTheirConceptHeading()
    {
        // "## Parties (20xx)" holds NM20.. codes only; the reference codes (11xx) have their own heading.
        var heading = default(string);
        foreach (var line in File.ReadLines(TablePath()))
        {
            if (HeadingPrefix().Match(line) is { Success: true } match)
            {
                heading = match.Groups[1].Value;
            }
            else if (Row().Match(line) is { Success: true } row)
            {
                heading.Should().NotBeNull("row {0} sits under a heading", row.Groups[1].Value);
                row.Groups[1].Value.Should().StartWith("NM" + heading, "{0} is listed under the {1}xx heading", row.Groups[1].Value, heading);
            }
        }
    }

    [Fact]
    public void Source_Always_ReportsEveryCode()
    {
        var source = SourceText(Path.Combine(RepositoryRoot, "src", "Negotiation.Model"), exclude: "ErrorCodes.cs");

        var unused = Constants.Keys.Where(name => !source.Contains("ErrorCodes." + name, StringComparison.Ordinal)).ToList();

        unused.Should().BeEmpty("a code nobody reports must be removed (or used)");
    }

    [Fact]
    public void ValidationTests_Always_TriggerEveryCode()
    {
        var tests = SourceText(SourceFiles.DirectoryOfCaller(), exclude: nameof(ErrorCodesTableTests) + ".cs");

        var untested = Constants.Keys.Where(name => !tests.Contains("ErrorCodes." + name, StringComparison.Ordinal)).ToList();

        untested.Should().BeEmpty("every code has a test that triggers it");
    }

    private static List<(string Code, string Constant, string Severity, string Meaning, string Example)> TableRows() =>
        [.. File.ReadLines(TablePath())
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim(), m.Groups[4].Value.Trim(), m.Groups[5].Value.Trim()))];

    private static string TablePath() => Path.Combine(RepositoryRoot, "src", "Negotiation.Model", "ERROR-CODES.md");

    private static string SourceText(string directory, string exclude) =>
        string.Join(
            Environment.NewLine,
            Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && Path.GetFileName(f) != exclude)
                .Select(File.ReadAllText));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(SourceFiles.DirectoryOfCaller()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Negotiation.Model.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Negotiation.Model.sln above the test sources.");
    }

    [GeneratedRegex(@"^NM\d{4}$")]
    private static partial Regex CodeForm();

    // | NM1001 | `IdMissing` | Error | meaning | example |
    [GeneratedRegex(@"^\|\s*(NM\d{4})\s*\|\s*`(\w+)`\s*\|([^|]*)\|([^|]*)\|([^|]*)\|\s*$")]
    private static partial Regex Row();

    // ## Parties (20xx)
    [GeneratedRegex(@"^##\s.*\((\d\d)xx\)\s*$")]
    private static partial Regex HeadingPrefix();
}
