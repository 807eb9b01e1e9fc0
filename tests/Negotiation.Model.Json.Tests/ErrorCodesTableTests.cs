using System.Reflection;
using System.Text.RegularExpressions;

namespace Negotiation.Model.Json.Tests;

/// <summary>The constants in <see cref="CaseFileErrorCodes"/>, this package's ERROR-CODES.md and the tests that trigger
/// them agree.</summary>
public sealed partial class ErrorCodesTableTests
{
    private static readonly IReadOnlyDictionary<string, string> Constants = typeof(CaseFileErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Table_ComparedWithConstants_ListsEachCodeOnceInTheReservedBlock()
    {
        var rows = File.ReadLines(Path.Combine(TestFiles.RepositoryRoot, "src", "Negotiation.Model.Json", "ERROR-CODES.md"))
            .Select(line => Row().Match(line)).Where(m => m.Success).Select(m => (Code: m.Groups[1].Value, Constant: m.Groups[2].Value)).ToList();

        rows.Should().BeEquivalentTo(Constants.Select(c => (Code: c.Value, Constant: c.Key)));
        Constants.Values.Should().OnlyContain(code => code.StartsWith("NM95", StringComparison.Ordinal)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Tests_Always_TriggerEveryCode()
    {
        var tests = string.Join("\n", Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryRoot, "tests", "Negotiation.Model.Json.Tests"), "*Tests.cs")
            .Where(f => !f.EndsWith(nameof(ErrorCodesTableTests) + ".cs", StringComparison.Ordinal)).Select(File.ReadAllText));

        Constants.Keys.Where(name => !tests.Contains("CaseFileErrorCodes." + name, StringComparison.Ordinal)).Should().BeEmpty("every code has a test that triggers it");
    }

    [GeneratedRegex(@"^\| (NM\d{4}) \| `(\w+)` \|")]
    private static partial Regex Row();
}
