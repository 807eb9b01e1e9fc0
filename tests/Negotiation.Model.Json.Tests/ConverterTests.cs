using System.Text.Json;
using System.Text.Json.Serialization;
using Negotiation.Model.Testing;
using NodaTime;

namespace Negotiation.Model.Json.Tests;

public sealed class ConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { TypeInfoResolver = ConverterTestContext.Default, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForNegotiationModel();

    [Fact]
    public void Serialize_IdsAsDictionaryKeysAndMomentsAsValues_UsesTheCaseFileNotation()
    {
        var positions = new Dictionary<PartyId, Moment>
        {
            [new PartyId("nato")] = DateWindow.In(new YearMonth(2022, 1)),
            [new PartyId("russia")] = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"),
        };

        var json = JsonSerializer.Serialize(positions, Options);

        json.Should().Be("{\"nato\":\"2022-01\",\"russia\":\"2022-01-10T09:00:00+01:00[Europe/Zurich]\"}");
        JsonSerializer.Deserialize<Dictionary<PartyId, Moment>>(json, Options).Should().Equal(positions);
    }

    [Fact]
    public void Serialize_FactsThroughASourceGeneratedContext_RoundTrip()
    {
        var facts = FactSamples.All.ToList();

        var json = JsonSerializer.Serialize(facts, Options);

        JsonSerializer.Deserialize<List<Fact>>(json, Options).Should().Equal(facts);
    }

    [Fact]
    public void Serialize_Case_IsTheCaseFile()
    {
        var seed = SampleScenarios.SecurityGuarantees2021;

        var json = JsonSerializer.Serialize(seed, Options);

        ((object)JsonSerializer.Deserialize<NegotiationCase>(json, Options)!).Should().Be(seed);
    }

    [Theory]
    [InlineData("{\"NATO\":\"2022-01\"}")]
    [InlineData("{\"nato\":\"January\"}")]
    [InlineData("{\"nato\":3}")]
    public void Deserialize_BadIdOrMoment_ThrowsJsonExceptionWithThePath(string json)
    {
        var act = () => JsonSerializer.Deserialize<Dictionary<PartyId, Moment>>(json, Options);

        act.Should().Throw<JsonException>().Which.Path.Should().StartWith("$");
    }

    [Fact]
    public void Deserialize_BadFact_ThrowsJsonExceptionWithTheCode()
    {
        var act = () => JsonSerializer.Deserialize<List<Fact>>("[{\"type\":\"summit-held\"}]", Options);

        act.Should().Throw<JsonException>().WithMessage($"*{CaseFileErrorCodes.UnknownType}*summit-held*");
    }
}

[JsonSerializable(typeof(Dictionary<PartyId, Moment>))]
[JsonSerializable(typeof(List<Fact>))]
[JsonSerializable(typeof(NegotiationCase))]
internal sealed partial class ConverterTestContext : JsonSerializerContext;
