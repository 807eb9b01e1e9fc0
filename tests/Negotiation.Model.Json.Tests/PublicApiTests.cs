using Negotiation.Model.Tests.TestSupport;
using PublicApiGenerator;

namespace Negotiation.Model.Json.Tests;

/// <summary>Keeps changes to the package's public API deliberate: PublicApi.approved.txt beside this file is the API.
/// After an intended change run <c>UPDATE_APPROVALS=1 dotnet test tests/Negotiation.Model.Json.Tests --filter PublicApi</c>
/// and read the diff of the approved file.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_ComparedWithApprovedFile_IsUnchanged()
    {
        var api = typeof(CaseFile).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceFiles.DirectoryOfCaller(), "PublicApi.approved.txt");
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Environment.GetEnvironmentVariable("UPDATE_APPROVALS") == "1" && !ci)
        {
            File.WriteAllText(approvedPath, api);
        }

        File.Exists(approvedPath).Should().BeTrue("PublicApi.approved.txt is committed beside this test");
        api.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), "the public API of Negotiation.Model.Json changes only on purpose (see the summary of this class)");
    }
}
