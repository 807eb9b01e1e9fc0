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
            string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
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
