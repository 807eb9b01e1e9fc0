using Json.Schema;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Cli.Tests;

/// <summary>Runs the command in-process and captures what a user would see; finds the repository's files.</summary>
internal static class Cli
{
    public static readonly string RepositoryRoot = SourceFiles.RepositoryRoot();

    /// <summary>The schema of <c>report --format json</c>, loaded once: JsonSchema.Net registers a schema by its id and
    /// refuses a second registration, so every test class shares this one.</summary>
    public static readonly JsonSchema ReportSchema = JsonSchema.FromFile(Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Cli", "report.schema.json"));

    /// <summary>Asserts that <paramref name="output"/> is a JSON report valid against <see cref="ReportSchema"/>, naming the
    /// first failures.</summary>
    public static void AssertValidReport(string output)
    {
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var result = ReportSchema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
    }

    public static string SeedFile => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "security-guarantees-2021.case.json");

    public static string ParisFile => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "paris-agreement-2015-2016.case.json");

    public static string Article50File => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "brexit-article-50-2017-2020.case.json");

    public static string HandWrittenFile => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Json", "Samples", "hand-written.case.json");

    public static string GoldenDirectory => Path.Combine(SourceFiles.DirectoryOfCaller(), "Golden");

    public static (int Code, string Output, string Error) Run(params string[] args) => RunAt(NegotiationCommand.DefaultWidth, args);

    /// <summary>Runs the command as on a terminal of the given width.</summary>
    public static (int Code, string Output, string Error) RunAt(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NegotiationCommand.Run(args, output, error, width: width);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a temporary case file and returns its path; the caller deletes it.</summary>
    public static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"negotiation-{Guid.NewGuid():N}.case.json");
        File.WriteAllText(path, text);
        return path;
    }
}
