using System.Text.Json;
using CsCheck;
using Negotiation.Model.Json;
using Negotiation.Model.Tests.Properties;

namespace Negotiation.Model.Cli.Tests;

/// <summary>Every command over generated cases of every fact kind, saved as files: what a user gets from a case the
/// built-in samples do not cover. A command that crashes, prints to the error stream or writes output its own format
/// refuses fails here.</summary>
public sealed class GeneratedCaseCommandsTests
{
    [Fact]
    public void EveryCommand_OnAGeneratedCaseFile_SucceedsWithoutErrorOutput() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);
                var json = CaseFile.Save(negotiation);
                var path = Cli.TempFile(json);
                try
                {
                    Succeeds(path, "report", path);
                    Cli.AssertValidReport(Succeeds(path, "report", path, "--format", "json"));
                    Cli.AssertValidReport(Succeeds(path, "report", path, "--format", "json", "--as-of", "2021-12-20"));
                    Cli.AssertValidReport(Succeeds(path, "report", path, "--format", "json", "--view", "united-states"));
                    Succeeds(path, "validate", path);
                    Succeeds(path, "export", path, "--format", "json").Should().Be(json, "exporting a case file as JSON writes it back unchanged");
                    foreach (var line in Lines(Succeeds(path, "export", path, "--format", "plover")))
                    {
                        JsonDocument.Parse(line).RootElement.GetProperty("event").EnumerateArray().Should().ContainSingle(e => e.GetString()!.Length > 0);
                    }

                    Succeeds(path, "export", path, "--format", "cameo");
                    Lines(Succeeds(path, "diagram", path, "--format", "mermaid"))[1].Should().Be("flowchart LR");
                    Lines(Succeeds(path, "diagram", path, "--format", "gantt"))[1].Should().Be("gantt");
                    Lines(Succeeds(path, "diagram", path, "--format", "dot")).Should().HaveElementAt(1, "digraph rounds {").And.EndWith("}");
                    Succeeds(path, "diff", path, "--from", "2021-12-10", "--to", "2022-01-31");
                }
                finally
                {
                    File.Delete(path);
                }
            },
            iter: 100,
            threads: 1,
            print: facts => Generators.AddedFacts(Generators.Accepted(facts)));

    private static string Succeeds(string path, params string[] args)
    {
        var (code, output, error) = Cli.Run(args);
        error.Should().BeEmpty($"'negotiation {string.Join(' ', args)}' on {path} writes no error");
        code.Should().Be(0, $"'negotiation {string.Join(' ', args)}' succeeds on a case built only through successful records");
        return output;
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
