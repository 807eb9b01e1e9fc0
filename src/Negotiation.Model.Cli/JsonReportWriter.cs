using System.Text.Encodings.Web;
using System.Text.Json;

namespace Negotiation.Model.Cli;

/// <summary>Prints the report as indented JSON with camelCase names, for scripts.</summary>
internal static class JsonReportWriter
{
    // The output goes to scripts and terminals, never into HTML: keep apostrophes and dashes readable.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Prints the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to print it.</param>
    public static void Write(Report report, TextWriter output) => output.WriteLine(JsonSerializer.Serialize(report, Options));
}
