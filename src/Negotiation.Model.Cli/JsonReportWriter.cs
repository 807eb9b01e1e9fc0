using System.Text.Encodings.Web;
using System.Text.Json;

namespace Negotiation.Model.Cli;

/// <summary>Prints the report's data as indented JSON with camelCase names, through a source-generated context.</summary>
internal static class JsonReportWriter
{
    // The output goes to scripts and terminals, never into HTML: keep apostrophes and dashes readable.
    private static readonly JsonSerializerOptions Options = new(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Prints the report.</summary>
    /// <param name="report">The report's data.</param>
    /// <param name="output">Where to print it.</param>
    public static void Write(ReportData report, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(report, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportData>)Options.GetTypeInfo(typeof(ReportData))));
}
