using System.Buffers;
using System.Text.Json;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Json.Tests;

/// <summary>Paths of the repository's case files, and fact-level writing and reading through the package's internals.</summary>
internal static class TestFiles
{
    public static readonly string RepositoryRoot = SourceFiles.RepositoryRoot();

    public static string ParisPath => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "paris-agreement-2015-2016.case.json");

    public static string Article50Path => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "brexit-article-50-2017-2020.case.json");

    public static string SeedPath => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Testing", "Samples", "security-guarantees-2021.case.json");

    public static string HandWrittenPath => Path.Combine(RepositoryRoot, "src", "Negotiation.Model.Json", "Samples", "hand-written.case.json");

    /// <summary>Every case file in the repository's sample folders.</summary>
    public static IReadOnlyList<string> Samples =>
        [.. new[] { Path.GetDirectoryName(SeedPath)!, Path.GetDirectoryName(HandWrittenPath)! }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.case.json")).Order(StringComparer.Ordinal)];

    public static string WriteFact(Fact fact)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            CaseWriter.WriteFact(writer, fact);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Fact ReadFact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FactReader.ReadFact(new Node(document.RootElement, "$", 100_000));
    }
}
