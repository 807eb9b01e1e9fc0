using System.Reflection;
using System.Text.RegularExpressions;
using Negotiation.Model.Storage.Marten;
using Negotiation.Model.Storage.Sqlite;
using Negotiation.Model.Tests.TestSupport;
using PublicApiGenerator;

namespace Negotiation.Model.Storage.Tests;

/// <summary>The store packages' public API changes only on purpose, and their error codes, ERROR-CODES.md and the
/// tests that trigger them agree.</summary>
/// <remarks>After an intended API change run <c>UPDATE_APPROVALS=1 dotnet test tests/Negotiation.Model.Storage.Tests
/// --filter PublicApi</c> and read the diff of the approved files.</remarks>
public sealed partial class ConventionsTests
{
    private static readonly IReadOnlyDictionary<string, string> Constants = typeof(StoreErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    public static TheoryData<string> Packages() => ["Negotiation.Model.Storage", "Negotiation.Model.Storage.Sqlite", "Negotiation.Model.Storage.Marten"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicApi_ComparedWithApprovedFile_IsUnchanged(string package)
    {
        var assembly = new[] { typeof(ICaseStore), typeof(SqliteCaseStore), typeof(MartenCaseStore) }.Select(t => t.Assembly).Single(a => a.GetName().Name == package);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceFiles.DirectoryOfCaller(), "PublicApi", package + ".approved.txt");
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Environment.GetEnvironmentVariable("UPDATE_APPROVALS") == "1" && !ci)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, api);
        }

        File.Exists(approvedPath).Should().BeTrue($"PublicApi/{package}.approved.txt is committed beside this test");
        api.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), $"the public API of {package} changes only on purpose (see the remarks of this class)");
    }

    [Fact]
    public void ErrorCodesTable_ComparedWithConstants_ListsEachCodeOnceInTheReservedBlock()
    {
        var rows = File.ReadLines(Path.Combine(Root(), "src", "Negotiation.Model.Storage", "ERROR-CODES.md"))
            .Select(line => Row().Match(line)).Where(m => m.Success).Select(m => (Code: m.Groups[1].Value, Constant: m.Groups[2].Value)).ToList();

        rows.Should().BeEquivalentTo(Constants.Select(c => (Code: c.Value, Constant: c.Key)));
        Constants.Values.Should().OnlyContain(code => code.StartsWith("NM96", StringComparison.Ordinal)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Tests_Always_TriggerEveryCode()
    {
        var tests = string.Join("\n", Directory.EnumerateFiles(SourceFiles.DirectoryOfCaller(), "*.cs")
            .Where(f => !f.EndsWith(nameof(ConventionsTests) + ".cs", StringComparison.Ordinal)).Select(File.ReadAllText));

        Constants.Keys.Where(name => !tests.Contains("StoreErrorCodes." + name, StringComparison.Ordinal)).Should().BeEmpty("every code has a test that triggers it");
    }

    private static string Root()
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

    [GeneratedRegex(@"^\| (NM\d{4}) \| `(\w+)` \|")]
    private static partial Regex Row();
}
