using Negotiation.Model.Testing;

namespace Negotiation.Model.Json.Tests;

public sealed class LoadErrorTests
{
    private const string Header = "{\n  \"format\": \"negotiation-case\",\n  \"version\": 1,\n  \"id\": \"c\",\n  \"title\": \"T\",\n  \"facts\": [\n";

    private const string Russia = "    {\"type\": \"party-registered\", \"occurred\": \"2021-12-01\", \"recorded\": \"2021-12-22T12:00:00Z\", \"source\": {\"outlet\": \"RT\", \"reportedOn\": \"2021-12-22\"}, \"party\": {\"kind\": \"state\", \"id\": \"russia\", \"name\": \"Russia\", \"isoCode\": \"RU\"}}";

    private static CaseFileError SingleError(string json)
    {
        var result = CaseFile.Load(json);
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle();
        return result.Errors[0];
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        var result = CaseFile.Load("// a case\n" + Header + Russia + ", /* more to come */\n  ],\n}\n");

        result.Succeeded.Should().BeTrue(result.ToString());
        result.Case.Parties.Should().ContainKey(FactSamples.Russia);
    }

    [Fact]
    public void Load_MalformedJson_GivesLineColumnAndPath()
    {
        var error = SingleError(Header + "    {\"type\": \"party-registered\" \"occurred\": 1}\n  ]\n}");

        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        error.Line.Should().Be(7);
        error.Column.Should().Be(33, "the second string starts in column 33");
        error.Path.Should().StartWith("$.facts[0]");
    }

    [Fact]
    public void Load_UnknownFactType_NamesItWithItsPosition()
    {
        var error = SingleError(Header + Russia + ",\n    {\"type\": \"summit-held\"}\n  ]\n}");

        error.Code.Should().Be(CaseFileErrorCodes.UnknownType);
        error.Path.Should().Be("$.facts[1].type");
        (error.Line, error.Column).Should().Be((8, 14));
        error.FactIndex.Should().Be(1);
        error.Message.Should().Contain("summit-held").And.Contain("round-planned");
    }

    [Fact]
    public void Load_MissingProperty_PointsAtTheObject()
    {
        var error = SingleError(Header + Russia.Replace(", \"isoCode\": \"RU\"", string.Empty, StringComparison.Ordinal) + "\n  ]\n}");

        error.Code.Should().Be(CaseFileErrorCodes.MissingProperty);
        error.Path.Should().Be("$.facts[0].party");
        error.Message.Should().Contain("isoCode");
        error.Line.Should().Be(7);
    }

    [Theory]
    [InlineData("\"id\": \"russia\"", "\"id\": \"Russia\"", CaseFileErrorCodes.BadId, "$.facts[0].party.id")]
    [InlineData("\"occurred\": \"2021-12-01\"", "\"occurred\": \"1 December\"", CaseFileErrorCodes.BadDate, "$.facts[0].occurred")]
    [InlineData("\"recorded\": \"2021-12-22T12:00:00Z\"", "\"recorded\": \"2021-12-22\"", CaseFileErrorCodes.BadDate, "$.facts[0].recorded")]
    [InlineData("\"kind\": \"state\"", "\"kind\": \"empire\"", CaseFileErrorCodes.BadName, "$.facts[0].party.kind")]
    [InlineData("\"name\": \"Russia\"", "\"name\": 7", CaseFileErrorCodes.WrongJsonType, "$.facts[0].party.name")]
    [InlineData("\"isoCode\": \"RU\"", "\"isoCode\": \"RU\", \"flag\": \"white-blue-red\"", CaseFileErrorCodes.UnknownProperty, "$.facts[0].party.flag")]
    public void Load_BadField_GivesItsCodeAndPath(string good, string bad, string code, string path)
    {
        var error = SingleError(Header + Russia.Replace(good, bad, StringComparison.Ordinal) + "\n  ]\n}");

        error.Code.Should().Be(code);
        error.Path.Should().Be(path);
        error.Line.Should().Be(7);
        error.FactIndex.Should().Be(0);
    }

    [Fact]
    public void Load_FactTheCaseRefuses_GivesTheCoresCodeAndTheFactIndex()
    {
        var error = SingleError(Header + Russia + ",\n" + Russia + "\n  ]\n}");

        error.Code.Should().Be(ErrorCodes.DuplicateId);
        error.FactIndex.Should().Be(1);
        error.Path.Should().Be("$.facts[1]");
        (error.Line, error.Column).Should().Be((8, 5));
    }

    [Fact]
    public void Load_SeveralBadFacts_ReportsEach()
    {
        var result = CaseFile.Load(Header + Russia.Replace("russia", "R", StringComparison.Ordinal) + ",\n" + Russia.Replace("2021-12-01", "x", StringComparison.Ordinal) + "\n  ]\n}");

        result.Errors.Select(e => (e.Code, e.FactIndex)).Should().Equal((CaseFileErrorCodes.BadId, 0), (CaseFileErrorCodes.BadDate, 1));
    }

    [Theory]
    [InlineData("{\"version\": 1}", CaseFileErrorCodes.NotACaseFile)]
    [InlineData("[]", CaseFileErrorCodes.WrongJsonType)]
    [InlineData("{\"format\": \"negotiation-case\", \"version\": 2, \"id\": \"c\", \"title\": \"T\", \"facts\": []}", CaseFileErrorCodes.UnsupportedVersion)]
    [InlineData("{\"format\": \"negotiation-case\", \"id\": \"c\", \"title\": \"T\", \"facts\": []}", CaseFileErrorCodes.UnsupportedVersion)]
    [InlineData("{\"format\": \"negotiation-case\", \"version\": 1, \"id\": \"c\", \"title\": \" \", \"facts\": []}", CaseFileErrorCodes.BadValue)]
    [InlineData("{\"format\": \"negotiation-case\", \"version\": 1, \"id\": \"c\", \"title\": \"T\"}", CaseFileErrorCodes.MissingProperty)]
    [InlineData("{\"format\": \"negotiation-case\", \"format\": \"negotiation-case\"}", CaseFileErrorCodes.MalformedJson)]
    [InlineData("", CaseFileErrorCodes.MalformedJson)]
    public void Load_NotACaseFile_SaysWhy(string json, string code) => SingleError(json).Code.Should().Be(code);

    [Fact]
    public void Load_InvalidUtf8_IsMalformedWithThePositionOfTheBadByte()
    {
        byte[] json = [.. System.Text.Encoding.UTF8.GetBytes(Header + "    {\"type\": \"x"), 0xC3, 0x28, .. "\"}\n  ]\n}"u8];

        var error = CaseFile.Load(json).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        (error.Line, error.Column).Should().Be((7, 16), "the bad byte follows '    {\"type\": \"x'");
        error.Message.Should().Contain("UTF-8").And.Contain("0xC3");
    }

    [Theory]
    [InlineData("\"title\": \"T\\ud800\"", "$.title")]
    [InlineData("\"title\": \"T\", \"\\udc00\": 1", "$")]
    public void Load_LoneSurrogateEscape_IsMalformedNotAnException(string title, string path)
    {
        var error = SingleError(Header.Replace("\"title\": \"T\"", title, StringComparison.Ordinal) + "  ]\n}");

        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        error.Path.Should().Be(path);
        error.Message.Should().Contain("surrogate");
    }

    [Theory]
    [InlineData("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\"", "$.title", null)]
    [InlineData("\"type\": \"party-registered\"", "\"type\": \"party-registered\", \"type\": \"party-registered\"", "$.facts[0].type", 0)]
    [InlineData("\"outlet\": \"RT\"", "\"outlet\": \"RT\", \"outlet\": \"TASS\"", "$.facts[0].source.outlet", 0)]
    [InlineData("\"isoCode\": \"RU\"", "\"isoCode\": \"RU\", \"isoCode\": \"RU\"", "$.facts[0].party.isoCode", 0)]
    public void Load_PropertyNamedTwiceInOneObject_IsMalformedWithItsPath(string once, string twice, string path, int? fact)
    {
        var error = SingleError((Header + Russia + "\n  ]\n}").Replace(once, twice, StringComparison.Ordinal));

        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        error.Path.Should().Be(path);
        error.FactIndex.Should().Be(fact);
        error.Message.Should().Contain("twice");
    }

    [Fact]
    public void Load_PropertyNamedTwiceBesideAnUnknownOne_IsReportedAsNamedTwice()
    {
        var error = SingleError(Header + Russia.Replace("\"isoCode\": \"RU\"", "\"flag\": 1, \"isoCode\": \"RU\", \"name\": \"Rus\"", StringComparison.Ordinal) + "\n  ]\n}");

        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        error.Path.Should().Be("$.facts[0].party.name");
    }

    [Fact]
    public void TryLoadFact_PropertyNamedTwice_IsMalformed()
    {
        var json = Russia.Replace("\"occurred\": \"2021-12-01\"", "\"occurred\": \"2021-12-01\", \"occurred\": \"2021-12-02\"", StringComparison.Ordinal);

        CaseFile.TryLoadFact(System.Text.Encoding.UTF8.GetBytes(json), out var fact, out var error).Should().BeFalse();

        fact.Should().BeNull();
        error!.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
        error.Path.Should().Be("$.occurred");
    }

    [Fact]
    public void Load_ReadsTheCallersBytesWithoutChangingThem()
    {
        var bytes = CaseFile.SaveToUtf8Bytes(SampleScenarios.SecurityGuarantees2021);
        var copy = bytes.ToArray();

        var loaded = CaseFile.Load(bytes);
        Array.Clear(bytes);

        bytes.Should().NotEqual(copy);
        ((object)loaded.Case).Should().Be(SampleScenarios.SecurityGuarantees2021, "nothing the load returned reads the bytes it was given");
        CaseFile.Load(copy).Succeeded.Should().BeTrue("the bytes were read, not written");
        CaseFile.SaveToUtf8Bytes(loaded.Case).Should().Equal(copy);
    }

    [Fact]
    public void Load_NestedTooDeep_IsRefusedWithItsCode()
    {
        var json = new string('[', 100) + new string(']', 100);

        var error = SingleError(json);

        error.Code.Should().Be(CaseFileErrorCodes.TooDeep);
        error.Line.Should().Be(1);
        error.Column.Should().Be(65);
    }

    [Fact]
    public void Load_LargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var error = SingleError(new string(' ', 2000));

        CaseFile.Load(new string(' ', 2000), new CaseFileOptions { MaxBytes = 1000 }).Errors.Single().Code.Should().Be(CaseFileErrorCodes.TooLarge);
        error.Code.Should().Be(CaseFileErrorCodes.MalformedJson);
    }

    [Fact]
    public void Load_StringLongerThanTheLimit_IsRefused()
    {
        var result = CaseFile.Load(Header + Russia + "\n  ]\n}", new CaseFileOptions { MaxStringLength = 5 });

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(CaseFileErrorCodes.StringTooLong);
    }

    [Fact]
    public void Load_Stream_GivesTheSameCase()
    {
        using var stream = new MemoryStream(CaseFile.SaveToUtf8Bytes(SampleScenarios.SecurityGuarantees2021));

        ((object)CaseFile.Load(stream).Case).Should().Be(SampleScenarios.SecurityGuarantees2021);
    }

    [Fact]
    public void Load_ByteOrderMark_IsSkipped() =>
        CaseFile.Load([0xEF, 0xBB, 0xBF, .. CaseFile.SaveToUtf8Bytes(SampleScenarios.SecurityGuarantees2021)]).Succeeded.Should().BeTrue();

    [Fact]
    public void Error_ToString_IsOneLineWithPosition() =>
        new CaseFileError("NM9508", "The property 'id' is required here.", "$.facts[0].party", 7, 5, 0).ToString()
            .Should().Be("7:5: NM9508: The property 'id' is required here. ($.facts[0].party, fact 0)");
}
