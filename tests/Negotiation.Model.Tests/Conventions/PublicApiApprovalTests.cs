using System.Text;
using Negotiation.Model.Tests.TestSupport;
using PublicApiGenerator;

namespace Negotiation.Model.Tests.Conventions;

public sealed class PublicApiApprovalTests
{
    private const string ApprovedFileName = "PublicApi.approved.txt";
    private const string ReceivedFileName = "PublicApi.received.txt";
    private const string UpdateCommand = "UPDATE_APPROVALS=1 dotnet test --filter PublicApi";

    [Fact]
    public void PublicApi_ComparedWithApprovedFile_IsUnchanged()
    {
        var api = Generate();
        var directory = SourceFiles.DirectoryOfCaller();
        var approvedPath = Path.Combine(directory, ApprovedFileName);
        var receivedPath = Path.Combine(directory, ReceivedFileName);

        if (MayUpdateApprovals())
        {
            File.WriteAllText(approvedPath, api);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == api)
        {
            File.Delete(receivedPath);
            return;
        }

        if (!IsCi())
        {
            // Left beside the approved file (git-ignored) so a diff tool can compare the two.
            File.WriteAllText(receivedPath, api);
        }

        Assert.Fail(approved is null
            ? $"{ApprovedFileName} is missing beside {nameof(PublicApiApprovalTests)}.cs. Run `{UpdateCommand}`, "
                + "review the generated file and commit it."
            : $"The public API of Negotiation.Model differs from {ApprovedFileName}. If the change is intended, run "
                + $"`{UpdateCommand}`, review the diff of the approved file (git diff) and commit it; consider "
                + $"bumping the package version.{Environment.NewLine}{LineDiff(approved, api)}");
    }

    private static string Generate()
    {
        var options = new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = true,
            // Build-specific or test-plumbing attributes: noise in a review of the API.
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        };
        return ModelAssembly.Instance.GeneratePublicApi(options).ReplaceLineEndings("\n");
    }

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // CI must never approve its own output, or a missing or stale file would pass.
    private static bool MayUpdateApprovals() =>
        Environment.GetEnvironmentVariable("UPDATE_APPROVALS") == "1" && !IsCi();

    /// <summary>Lines only in the approved text (-) or only in the current API (+), in file order.</summary>
    private static string LineDiff(string approved, string current)
    {
        const int maxLines = 60;
        // Blank lines carry no API, and an empty approved file would otherwise show as one removed blank line.
        var approvedLines = approved.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var currentLines = current.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var removed = approvedLines.Except(currentLines).Select(l => "- " + l);
        var added = currentLines.Except(approvedLines).Select(l => "+ " + l);
        var lines = removed.Concat(added).ToList();
        if (lines.Count == 0)
        {
            return "(the same lines, in a different order or number)";
        }

        var text = new StringBuilder();
        foreach (var line in lines.Take(maxLines))
        {
            text.AppendLine(line);
        }

        if (lines.Count > maxLines)
        {
            text.AppendLine($"… and {lines.Count - maxLines} more changed lines");
        }

        return text.ToString();
    }
}
