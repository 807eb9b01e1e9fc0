using System.Text;
using CsCheck;
using Negotiation.Model.Tests.Properties;

namespace Negotiation.Model.Json.Tests;

/// <summary>One fact on its own, as a store keeps it per row or event: <see cref="CaseFile.SaveFactToUtf8Bytes"/>,
/// <see cref="CaseFile.TryLoadFact"/> and <see cref="CaseFile.FactTypeOf"/>.</summary>
public sealed class SingleFactTests
{
    [Fact]
    public void SaveFactThenTryLoadFact_EverySampleFact_GivesAnEqualFact()
    {
        foreach (var fact in FactSamples.All)
        {
            var bytes = CaseFile.SaveFactToUtf8Bytes(fact);

            CaseFile.TryLoadFact(bytes, out var loaded, out var error).Should().BeTrue(error?.ToString());
            loaded.Should().Be(fact);
        }
    }

    [Fact]
    public void SaveFactThenTryLoadFact_AnyGeneratedFact_GivesAnEqualFact() =>
        Generators.Fact.Sample(
            fact =>
            {
                CaseFile.TryLoadFact(CaseFile.SaveFactToUtf8Bytes(fact), out var loaded, out var error).Should().BeTrue(error?.ToString());
                loaded.Should().Be(fact);
            },
            iter: 1000);

    [Fact]
    public void SaveFactToUtf8Bytes_AnyDayOrInstant_WritesWhatDateNotationFormats()
    {
        // Days and instants in whole seconds are written straight to UTF-8; the text must stay DateNotation's.
        var day = Gen.Int[1, 3_652_058].Select(d => new NodaTime.LocalDate(1, 1, 1).PlusDays(d - 1));
        var instant = Gen.Select(day, Gen.Int[0, 86_399], Gen.Int[0, 999_999_999], Gen.Bool).Select((date, second, nanos, whole) =>
            date.AtMidnight().InUtc().ToInstant().Plus(NodaTime.Duration.FromSeconds(second)).Plus(NodaTime.Duration.FromNanoseconds(whole ? 0 : nanos)));
        Gen.Select(day, instant).Sample(
            (date, recorded) =>
            {
                var fact = FactSamples.All[0] with { Occurred = Moment.On(date), Recorded = recorded };
                using var saved = System.Text.Json.JsonDocument.Parse(CaseFile.SaveFactToUtf8Bytes(fact));

                saved.RootElement.GetProperty("occurred").GetString().Should().Be(DateNotation.Format(date));
                saved.RootElement.GetProperty("recorded").GetString().Should().Be(DateNotation.Format(recorded));
            },
            iter: 2000);
    }

    [Fact]
    public void SaveFactToUtf8Bytes_AnyFact_IsTheFilesObjectWithoutIndentation()
    {
        var fact = FactSamples.All[0];
        var file = CaseFile.Save(NegotiationCase.Create(new CaseId("one"), "One").Record(fact).Case);

        var saved = Encoding.UTF8.GetString(CaseFile.SaveFactToUtf8Bytes(fact));

        saved.Should().NotContain("\n").And.StartWith("{\"type\":\"" + CaseFile.FactTypeOf(fact) + "\"");
        using var document = System.Text.Json.JsonDocument.Parse(file);
        saved.Should().Be(System.Text.Json.JsonSerializer.Serialize(document.RootElement.GetProperty("facts")[0]), "the fact is written as the file writes it");
    }

    [Fact]
    public void FactTypeOf_EverySampleFact_IsTheKeyOfItsKindInFactTypes()
    {
        foreach (var fact in FactSamples.All)
        {
            CaseFile.FactTypes[CaseFile.FactTypeOf(fact)].Should().Be(fact.GetType());
        }
    }

    [Fact]
    public void TryLoadFact_UnknownType_FailsWithUnknownTypeAtItsPosition()
    {
        var json = Encoding.UTF8.GetString(CaseFile.SaveFactToUtf8Bytes(FactSamples.All[0]));
        var bad = "{\n  \"type\": \"summit-held\"" + json[json.IndexOf(',', StringComparison.Ordinal)..];

        CaseFile.TryLoadFact(Encoding.UTF8.GetBytes(bad), out var fact, out var error).Should().BeFalse();

        fact.Should().BeNull();
        error!.Code.Should().Be(CaseFileErrorCodes.UnknownType);
        error.Path.Should().Be("$.type");
        (error.Line, error.Column).Should().Be((2, 11));
    }

    [Theory]
    [InlineData("{\"type\": \"round-held\" \"round\": \"a\"}", nameof(CaseFileErrorCodes.MalformedJson))]
    [InlineData("", nameof(CaseFileErrorCodes.MalformedJson))]
    [InlineData("[1, 2]", nameof(CaseFileErrorCodes.WrongJsonType))]
    [InlineData("{\"occurred\": \"2021-12-21\"}", nameof(CaseFileErrorCodes.MissingProperty))]
    public void TryLoadFact_NotAFact_FailsWithTheCode(string json, string codeName)
    {
        CaseFile.TryLoadFact(Encoding.UTF8.GetBytes(json), out var fact, out var error).Should().BeFalse();

        fact.Should().BeNull();
        error!.Code.Should().Be((string)typeof(CaseFileErrorCodes).GetField(codeName)!.GetValue(null)!);
    }

    [Fact]
    public void TryLoadFact_AnUnknownPropertyInAnyObjectOfAnySampleFact_FailsWithUnknownPropertyAtIt()
    {
        // The reader knows an object's properties were all asked for by counting the names it found (each counted once,
        // however often it was read); a name read twice, or a known property set to null, must not hide an extra one.
        foreach (var fact in FactSamples.All)
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(CaseFile.SaveFactToUtf8Bytes(fact))!;
            foreach (var (target, path) in Objects(json, "$"))
            {
                target["zz"] = 1;
                var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
                target.Remove("zz");

                CaseFile.TryLoadFact(bytes, out _, out var error).Should().BeFalse("{0} has an unknown property at {1}", fact.GetType().Name, path);
                error!.Code.Should().Be(CaseFileErrorCodes.UnknownProperty, "{0} at {1}: {2}", fact.GetType().Name, path, error);
                error.Path.Should().Be(path + ".zz");
            }
        }

        static IEnumerable<(System.Text.Json.Nodes.JsonObject Object, string Path)> Objects(System.Text.Json.Nodes.JsonNode? node, string path)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    yield return (obj, path);
                    foreach (var (name, value) in obj.ToList())
                    {
                        foreach (var inner in Objects(value, path + "." + name))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        foreach (var inner in Objects(array[i], $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }
    }

    [Fact]
    public void TryLoadFact_InvalidUtf8_FailsWithMalformedJson()
    {
        CaseFile.TryLoadFact([(byte)'{', 0xFF, (byte)'}'], out _, out var error).Should().BeFalse();

        error!.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
    }

    [Fact]
    public void TryLoadFact_LargerThanMaxBytes_FailsWithTooLarge()
    {
        var bytes = CaseFile.SaveFactToUtf8Bytes(FactSamples.All[0]);

        CaseFile.TryLoadFact(bytes, out _, out var error, new CaseFileOptions { MaxBytes = bytes.Length - 1 }).Should().BeFalse();

        error!.Code.Should().Be(CaseFileErrorCodes.TooLarge);
    }

    [Fact]
    public void SaveFactToUtf8Bytes_Null_Throws()
    {
        var act = () => CaseFile.SaveFactToUtf8Bytes(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("fact");
    }
}
