using System.Text.Json;

namespace Negotiation.Model.Cli.Tests;

/// <summary>Runs the command in-process on the built-in seed scenario and reads what a user would see.</summary>
public sealed class NegotiationCommandTests
{
    [Fact]
    public void Run_NoArguments_PrintsTheSeedReportAsOfTheArticle()
    {
        var (code, output, error) = Cli.RunAt(150);

        code.Should().Be(0);
        error.Should().BeEmpty();
        // Long cells wrap inside the tables, so the text is checked by short phrases; the JSON test checks whole values.
        output.Should().Contain("Russia's security guarantees, December 2021 (security-guarantees-2021), as of 22 December 2021")
            .And.Contain("Demands and their status per addressee")
            .And.Contain("Russia of NATO").And.Contain("partly rejected")
            .And.Contain("week of 13 December 2021")
            .And.Contain("Russia–NATO talks (ru-nato-2022-01)").And.Contain("blocked: the round")
            .And.Contain("Commitments at risk").And.Contain("us-eu-european-security")
            .And.Contain("document:ru-us-draft-treaty").And.Contain("rejects")
            .And.Contain("45 other states")
            .And.Contain("(approximate)");
        output.Split('\n').Should().OnlyContain(line => line.TrimEnd().Length <= 150, "the report follows the terminal's width");
    }

    [Fact]
    public void Run_AsOf16December_HasNoDocumentsAndNoDemands()
    {
        var (code, output, _) = Run("--as-of", "2021-12-16");

        code.Should().Be(0);
        output.Should().Contain("as of 16 December 2021").And.Contain("Documents: none.").And.Contain("Demands and their status per addressee: none.").And.Contain("Rounds: none.");
    }

    [Fact]
    public void Run_KnownOn21December_KnowsNothingYetBecauseTheArticleWasRecordedOnThe22nd()
    {
        var (code, output, _) = Cli.RunAt(150, "--known-on", "2021-12-21");

        code.Should().Be(0);
        output.Should().Contain("as known on 21 December 2021").And.Contain("Parties: none.");
    }

    [Fact]
    public void Run_ViewNato_HidesTheDraftAddressedToTheUnitedStates()
    {
        var (code, output, _) = Run("--view", "nato", "--format", "json");

        code.Should().Be(0);
        var documents = JsonDocument.Parse(output).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        documents.Should().Equal("ru-nato-draft-agreement");
        JsonDocument.Parse(output).RootElement.GetProperty("view").GetString().Should().Be("nato");
    }

    [Fact]
    public void Run_FormatJson_PrintsTheSameReportAsJson()
    {
        var (code, output, _) = Run("--format", "json");

        code.Should().Be(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("case").GetString().Should().Be("security-guarantees-2021");
        output.Should().Contain("\"title\": \"Russia's security guarantees, December 2021\"", "apostrophes are not escaped for HTML");
        root.GetProperty("asOf").GetString().Should().Be("2021-12-22");
        var nato = root.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ru-nato-2022-01");
        nato.GetProperty("canStart").GetBoolean().Should().BeFalse("canStart is a boolean, not words");
        nato.GetProperty("planned").GetString().Should().Be("2022-01", "dates are EDTF");
        nato.GetProperty("sides").EnumerateArray().Select(p => p.GetString()).Should().Equal("russia", "nato");
        nato.GetProperty("reason").GetString().Should().Be("blocked: the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
        var demand = root.GetProperty("demands").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "ru-us-no-new-members");
        demand.GetProperty("statuses")[0].GetProperty("status").GetString().Should().Be("partly-rejected");
        demand.GetProperty("statuses")[0].GetProperty("addressee").GetString().Should().Be("united-states", "parties are ids, not names");
        demand.GetProperty("tabled").GetString().Should().Be("2021-W50");
        root.GetProperty("commitmentsAtRisk").EnumerateArray().Select(b => b.GetProperty("round").GetString()).Should().Equal("ru-nato-2022-01", "ru-us-2022-01");
        root.GetProperty("timeline").EnumerateArray().Should().Contain(t =>
            t.GetProperty("approximate").GetBoolean() && t.GetProperty("when").GetString() == "2021-W50" && t.GetProperty("type").GetString() == "document-presented");
        root.GetProperty("demands").GetArrayLength().Should().Be(9);
    }

    [Theory]
    [InlineData(new[] { "--as-of", "2021-13-45" }, "negotiation: --as-of '2021-13-45' is not a date. Hint: write the date as yyyy-MM-dd, for example 2021-12-16, in years 1 to 9999.")]
    [InlineData(new[] { "--as-of", "10000-01-01" }, "negotiation: --as-of '10000-01-01' is not a date.")]
    [InlineData(new[] { "--known-on", "0000-12-31" }, "negotiation: --known-on '0000-12-31' is not a date.")]
    [InlineData(new[] { "report", "no-such-file.json" }, "negotiation: no-such-file.json: no such file.")]
    [InlineData(new[] { "validate" }, "negotiation: Required argument missing for command: 'validate'.")]
    [InlineData(new[] { "validate", "." }, "negotiation: .: is a directory, not a case file.")]
    [InlineData(new[] { "export", "--format", "xml" }, "negotiation: Argument 'xml' not recognized. Must be one of:")]
    [InlineData(new[] { "diff", "--from", "2021-12-22", "--to", "2021-12-16" }, "negotiation: --to 2021-12-16 is before --from 2021-12-22.")]
    [InlineData(new[] { "diff", "--from", "2021-12-22" }, "negotiation: Option '--to' is required.")]
    [InlineData(new[] { "diagram", "--as-of", "22.12.2021" }, "negotiation: --as-of '22.12.2021' is not a date.")]
    [InlineData(new[] { "--view", "Nato!" }, "negotiation: --view 'Nato!' is not a party id. Hint: party ids are lowercase slugs such as 'nato' or 'united-states'.")]
    [InlineData(new[] { "--view", "atlantis" }, "negotiation: --view 'atlantis' names no party of the case. Hint: parties include ")]
    [InlineData(new[] { "--colour" }, "negotiation: Unrecognized command or argument '--colour'. Hint: run 'negotiation --help' to see the commands and options.")]
    [InlineData(new[] { "--format", "xml" }, "negotiation: Argument 'xml' not recognized. Must be one of:")]
    public void Run_BadArgument_PrintsOneLineNamingTheProblemAndExitsWith2(string[] args, string expectedStart)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd().Should().StartWith(expectedStart).And.NotContain("\n", "the error is one line").And.NotContain(" at ", "no stack trace");
    }

    [Fact]
    public void Run_Help_ListsTheOptions()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(0);
        output.Should().Contain("--as-of").And.Contain("--known-on").And.Contain("--view").And.Contain("--format")
            .And.Contain("report").And.Contain("validate").And.Contain("export").And.Contain("diagram").And.Contain("diff");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public void Run_TerminalWidth_LaysTheTablesOutForIt(int width)
    {
        var (_, output, _) = Cli.RunAt(width);

        output.Split('\n').Should().OnlyContain(line => line.TrimEnd().Length <= width);
        output.Split('\n').Max(line => line.TrimEnd().Length).Should().BeGreaterThan(width - 10, "the rule spans the width");
    }

    [Theory]
    [InlineData(100, null, 100)]
    [InlineData(null, "132", 132)]
    [InlineData(null, null, NegotiationCommand.DefaultWidth)]
    [InlineData(null, "wide", NegotiationCommand.DefaultWidth)]
    [InlineData(null, "5", NegotiationCommand.DefaultWidth)]
    public void Width_TerminalOrColumnsOrDefault_IsChosenInThatOrder(int? terminal, string? columns, int expected) =>
        NegotiationCommand.Width(terminal, columns).Should().Be(expected);

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Run_DatesAtTheEndsOfTheCalendar_ReportWithoutAStackTrace(string day)
    {
        foreach (var option in new[] { "--as-of", "--known-on" })
        {
            var (code, output, error) = Run(option, day, "--format", "json");

            code.Should().Be(0, "{0} {1} is a date like any other", option, day);
            error.Should().BeEmpty();
            JsonDocument.Parse(output).RootElement.GetProperty("asOf").GetString().Should().Be(day);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Cli.Run(args);
}
