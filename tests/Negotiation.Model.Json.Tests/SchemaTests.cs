using System.Collections.Immutable;
using System.Text.Json;
using Json.Schema;
using NodaTime;
using Negotiation.Model.Testing;

namespace Negotiation.Model.Json.Tests;

public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(CaseFile.Schema);

    /// <summary>Asserts a case file validates against the shipped schema (comments and trailing commas are skipped first).</summary>
    internal static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(
            "the file validates against case-file.schema.json; failures: {0}",
            result.IsValid ? string.Empty : string.Join("; ", Failures(document.RootElement, result).OrderBy(f => f.Alternatives).Select(f => f.Text).Take(10)));
    }

    // A fact is matched against one branch of the schema's oneOf per fact type, and the list output reports every branch
    // it does not match, so the failures worth reading are those under the branch of the fact's own type (and any outside
    // the facts' branches); those under fewer alternatives inside it (a party's kinds) come first.
    private static IEnumerable<(string Text, int Alternatives)> Failures(JsonElement file, EvaluationResults result)
    {
        using var schema = JsonDocument.Parse(CaseFile.Schema);
        var branches = schema.RootElement.GetProperty("$defs").GetProperty("fact").GetProperty("oneOf").EnumerateArray()
            .Select((branch, i) => (Type: branch.GetProperty("properties").GetProperty("type").GetProperty("const").GetString()!, Index: i))
            .ToDictionary(b => b.Type, b => b.Index, StringComparer.Ordinal);
        var facts = file.TryGetProperty("facts", out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];
        foreach (var detail in (result.Details ?? []).Where(d => d.Errors is not null))
        {
            var at = detail.InstanceLocation.ToString();
            var path = detail.EvaluationPath.ToString();
            var branch = path.IndexOf("/oneOf/", StringComparison.Ordinal) is var o and >= 0 && path.Contains("/facts/", StringComparison.Ordinal)
                ? int.Parse(path[(o + 7)..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)
                : (int?)null;
            var fact = at.StartsWith("/facts/", StringComparison.Ordinal) && int.TryParse(at[7..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture, out var i) && i < facts.Count ? facts[i] : (JsonElement?)null;
            var own = fact is { } f && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("type", out var type) && branches.TryGetValue(type.GetString() ?? string.Empty, out var b) ? b : (int?)null;
            if (branch is null || own is null || branch == own)
            {
                foreach (var error in detail.Errors!)
                {
                    yield return ($"{at}: {error.Value}", path.Split("/oneOf/").Length);
                }
            }
        }
    }

    [Fact]
    public void Schema_Always_IsDraft202012()
    {
        using var document = JsonDocument.Parse(CaseFile.Schema);

        document.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void Schema_ShippedFile_IsTheEmbeddedResource() =>
        File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "src", "Negotiation.Model.Json", "Schema", "case-file.schema.json")).Should().Be(CaseFile.Schema);

    [Fact]
    public void Schema_EverySampleFile_Validates()
    {
        TestFiles.Samples.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var path in TestFiles.Samples)
        {
            AssertValid(File.ReadAllText(path));
        }
    }

    [Fact]
    public void Schema_CaseWithEveryFactKind_Validates()
    {
        var json = "{\"format\":\"negotiation-case\",\"version\":1,\"id\":\"all\",\"title\":\"All\",\"facts\":[" + string.Join(",", FactSamples.All.Select(TestFiles.WriteFact)) + "]}";

        AssertValid(json);
    }

    [Fact]
    public void Schema_EveryFactKindWithReports_Validates()
    {
        // Any fact may carry further reports of its time; the schema once forgot them on two kinds, which only a generated
        // history with a late report on one of those kinds showed.
        var reports = ImmutableArray.Create(new Report(new Source("Second outlet", new LocalDate(2022, 1, 10)), new LocalDate(2021, 12, 31)));
        var facts = FactSamples.All.Select(fact => fact with { Reports = reports }).ToList();

        facts.Select(CaseFile.FactTypeOf).Distinct().Should().BeEquivalentTo(CaseFile.FactTypes.Keys, "every kind is covered");
        AssertValid("{\"format\":\"negotiation-case\",\"version\":1,\"id\":\"all\",\"title\":\"All\",\"facts\":[" + string.Join(",", facts.Select(TestFiles.WriteFact)) + "]}");
    }

    [Fact]
    public void Schema_SavedSeed_Validates() => AssertValid(CaseFile.Save(SampleScenarios.SecurityGuarantees2021));

    [Fact]
    public void Schema_FactTypes_AreTheFormatsFactTypes()
    {
        using var document = JsonDocument.Parse(CaseFile.Schema);
        var types = document.RootElement.GetProperty("$defs").GetProperty("fact").GetProperty("properties").GetProperty("type").GetProperty("enum");

        types.EnumerateArray().Select(t => t.GetString()).Should().BeEquivalentTo(CaseFile.FactTypes.Keys);
    }

    [Theory]
    [InlineData("demandKind", typeof(DemandKind))]
    [InlineData("documentKind", typeof(DocumentKind))]
    [InlineData("statementKind", typeof(StatementKind))]
    [InlineData("statementChannel", typeof(StatementChannel))]
    [InlineData("roundFormat", typeof(RoundFormat))]
    [InlineData("roundChannel", typeof(RoundChannel))]
    [InlineData("chairRole", typeof(ChairRole))]
    [InlineData("extent", typeof(Extent))]
    [InlineData("visibility", typeof(Visibility))]
    [InlineData("disclosure", typeof(Disclosure))]
    [InlineData("organisationKind", typeof(OrganisationKind))]
    [InlineData("developmentKind", typeof(DevelopmentKind))]
    [InlineData("agreementStepKind", typeof(AgreementStepKind))]
    public void Schema_EnumNames_AreTheModelsMembersInKebabCase(string definition, Type enumType)
    {
        using var document = JsonDocument.Parse(CaseFile.Schema);
        var names = document.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        names.Should().BeEquivalentTo(Enum.GetNames(enumType).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)));
    }

    [Fact]
    public void Schema_FileWithAnUnknownProperty_IsInvalid()
    {
        var json = CaseFile.Save(SampleScenarios.SecurityGuarantees2021).Replace("\"title\":", "\"titel\": 1, \"title\":", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);

        Schema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
    }
}
