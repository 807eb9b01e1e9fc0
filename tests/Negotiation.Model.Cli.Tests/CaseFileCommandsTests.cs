using System.Diagnostics;
using System.Text.Json;
using Json.Schema;

namespace Negotiation.Model.Cli.Tests;

/// <summary>The commands on the user's own files: report, validate, export, diagram and diff, as a user sees them.</summary>
public sealed class CaseFileCommandsTests
{
    private static readonly string[] MermaidFormats = ["mermaid", "gantt"];

    private static readonly string[] PloverEvents =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Report_ExportedSeedFile_PrintsWhatTheBuiltInSeedPrints(string format)
    {
        var exported = Cli.Run("export", "--format", "json");
        var path = Cli.TempFile(exported.Output);
        try
        {
            var fromFile = Cli.Run("report", path, "--format", format);
            var builtIn = Cli.Run("--format", format);

            fromFile.Code.Should().Be(0);
            fromFile.Output.Should().Be(builtIn.Output);
            Cli.Run(path, "--format", format).Output.Should().Be(builtIn.Output, "the report is also the command when none is named");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_Json_IsTheSeedFileInTheRepository() =>
        Cli.Run("export", "--format", "json").Output.Should().Be(File.ReadAllText(Cli.SeedFile));

    [Theory]
    [InlineData("report", "--format", "json")]
    [InlineData("report", "--format", "json", "--as-of", "2021-12-16")]
    [InlineData("report", "--format", "json", "--known-on", "2021-12-22", "--view", "nato")]
    [InlineData("report", "--format", "json", "--as-of", "0001-01-01")]
    public void Report_Json_ValidatesAgainstTheReportSchema(params string[] args)
    {
        var (code, output, _) = Cli.Run(args);

        code.Should().Be(0);
        Cli.AssertValidReport(output);
    }

    [Fact]
    public void Report_HandWrittenFile_ShowsItsRounds()
    {
        var (code, output, _) = Cli.Run("report", Cli.HandWrittenFile, "--format", "json");

        code.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("rounds").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("canStart").ValueKind))
            .Should().BeEquivalentTo([("ru-nato-2022-01", JsonValueKind.False), ("ru-us-2022-01", JsonValueKind.True)]);
    }

    [Fact]
    public void Report_ParisFile_ShowsMilestonesAndMissedDeadlines()
    {
        var (code, output, _) = Cli.Run("report", Cli.ParisFile, "--format", "json");

        code.Should().Be(0);
        Cli.ReportSchema.Evaluate(JsonDocument.Parse(output).RootElement).IsValid.Should().BeTrue();
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("milestones").EnumerateArray().Select(m => (m.GetProperty("milestone").GetString(), m.GetProperty("day").GetString()))
            .Should().Equal(("adoption", "2015-12-12"), ("entry-into-force", "2016-11-04"));
        var missed = root.GetProperty("missedDues").EnumerateArray().Last();
        missed.GetProperty("deadline").GetString().Should().Be("dl-cop21-adoption");
        missed.GetProperty("due").GetString().Should().Be("2015-12-11");
        missed.GetProperty("extendedTo").GetString().Should().Be("2015-12-12");

        var text = Cli.Run("report", Cli.ParisFile).Output;
        text.Should().Contain("Agreement milestones").And.Contain("4 November 2016").And.Contain("Missed deadlines");
    }

    [Fact]
    public void Report_Article50SampleFile_DatesTheWithdrawalAgreementFromThePeriodAsExtended()
    {
        // The WA enters into force "the day after the end of the Art. 50(3) period as extended": a rule only the case can
        // date, since it reads dl-a50's extensions.
        var (code, output, _) = Cli.Run("report", Cli.Article50File, "--format", "json");

        code.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("milestones").EnumerateArray()
            .Select(m => (m.GetProperty("agreement").GetString(), m.GetProperty("milestone").GetString(), m.GetProperty("day").GetString()))
            .Should().Contain(("wa", "entry-into-force", "2020-02-01"));
    }

    [Fact]
    public void Report_Article50SampleFile_ShowsWhatEachBodyIsPartOf()
    {
        var (code, output, _) = Cli.Run("report", Cli.Article50File, "--format", "json");

        code.Should().Be(0);
        var parties = JsonDocument.Parse(output).RootElement.GetProperty("parties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => (PartOf: p.GetProperty("partOf").GetString(), Members: p.GetProperty("members")));
        parties["european-council"].PartOf.Should().Be("eu");
        parties["tf50"].PartOf.Should().Be("european-commission");
        parties["eu"].PartOf.Should().BeNull();
        parties["eu"].Members.GetArrayLength().Should().BePositive();

        // In the text table a body without members of its own shows no member count (not "0") and what it is part of.
        var text = Cli.Run("report", Cli.Article50File).Output.Split('\n');
        text.Should().Contain(line => line.Contains("Part of"));
        var councilRow = text.Single(line => line.StartsWith("│ european-council ", StringComparison.Ordinal));
        councilRow.Should().MatchRegex(@"│\s*│\s*eu\s*│").And.NotContain(" 0 ");
    }

    [Fact]
    public void Report_Article50File_ShowsRolesSessionsAndCompetingReports()
    {
        var path = Cli.TempFile(Negotiation.Model.Json.CaseFile.Save(TalksCase()));
        try
        {
            var (code, output, _) = Cli.Run("report", path, "--format", "json");

            code.Should().Be(0);
            var root = JsonDocument.Parse(output).RootElement;
            Cli.ReportSchema.Evaluate(root).IsValid.Should().BeTrue();
            root.GetProperty("roles").EnumerateArray().Should().Contain(r => r.GetProperty("party").GetString() == "france" && r.GetProperty("role").GetString() == "coordinator" && r.GetProperty("for").GetString() == "eu" && r.GetProperty("from").GetString() == "2017-01-01");
            root.GetProperty("sessions").EnumerateArray().Should().ContainSingle(r => r.GetProperty("id").GetString() == "round-1-day-1" && r.GetProperty("partOf").GetString() == "round-1");
            root.GetProperty("competingReports").EnumerateArray().Should().NotBeEmpty()
                .And.AllSatisfy(r => r.GetProperty("reports").GetArrayLength().Should().BePositive());

            var text = Cli.Run("report", path).Output;
            text.Should().Contain("Roles").And.Contain("france").And.Contain("Sessions").And.Contain("round-1-day-1").And.Contain("Competing reports").And.Contain("Second outlet says");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A small case with a coordinator, a round with a session inside it, and a fact two sources date differently.</summary>
    private static NegotiationCase TalksCase()
    {
        var source = new Source("First outlet", new NodaTime.LocalDate(2017, 6, 20));
        var at = NodaTime.Instant.FromUtc(2017, 6, 21, 0, 0);
        Fact F(Fact fact) => fact;
        var uk = new State(new PartyId("uk"), "United Kingdom", "GB");
        var france = new State(new PartyId("france"), "France", "FR");
        var eu = new Organisation(new PartyId("eu"), "European Union", OrganisationKind.Union, [new Membership(france.Id, new NodaTime.LocalDate(1958, 1, 1))]);
        Round Round(string id, RoundId? partOf) => new(new RoundId(id), RoundFormat.Bilateral, [new RoundSide(uk.Id), new RoundSide(eu.Id)], Moment.On(new NodaTime.LocalDate(2017, 6, 19))) { PartOf = partOf };
        var result = NegotiationCase.Create(new CaseId("talks"), "Talks").RecordAll(
        [
            new PartyRegistered { Party = uk, Occurred = Moment.On(new NodaTime.LocalDate(2017, 1, 1)), Recorded = at, Source = source },
            new PartyRegistered { Party = france, Occurred = Moment.On(new NodaTime.LocalDate(2017, 1, 1)), Recorded = at, Source = source },
            new PartyRegistered { Party = eu, Occurred = Moment.On(new NodaTime.LocalDate(2017, 1, 1)), Recorded = at, Source = source },
            new RoleTaken { Role = RoundRole.OfParty(RoleKind.Coordinator, france.Id) with { For = eu.Id }, Occurred = Moment.On(new NodaTime.LocalDate(2017, 1, 1)), Recorded = at, Source = source },
            F(new RoundPlanned { Round = Round("round-1", null), Occurred = Moment.On(new NodaTime.LocalDate(2017, 6, 1)), Recorded = at, Source = source }) with
            {
                Reports = [new Negotiation.Model.Report(new Source("Second outlet", new NodaTime.LocalDate(2017, 6, 20)), Moment.On(new NodaTime.LocalDate(2017, 6, 2)))],
            },
            new RoundPlanned { Round = Round("round-1-day-1", new RoundId("round-1")), Occurred = Moment.On(new NodaTime.LocalDate(2017, 6, 1)), Recorded = at, Source = source },
        ]);
        result.Errors.Should().BeEmpty();
        return result.Case;
    }

    [Fact]
    public void Validate_SeedFile_IsValidWithItsWarning()
    {
        var (code, output, error) = Cli.Run("validate", Cli.SeedFile);

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("warning NM6001").And.Contain("security-guarantees-2021.case.json: valid: Russia's security guarantees, December 2021 (security-guarantees-2021), 85 facts, 2 warnings.");
    }

    [Fact]
    public void Validate_FileWithErrors_ListsEachWithItsPositionAndExitsWith1()
    {
        var text = File.ReadAllText(Cli.HandWrittenFile).Replace("\"id\": \"russia\"", "\"id\": \"Russia\"", StringComparison.Ordinal).Replace("\"2021-W50\"", "\"last week\"", StringComparison.Ordinal);
        var path = Cli.TempFile(text);
        try
        {
            var (code, output, _) = Cli.Run("validate", path);

            code.Should().Be(1);
            var name = path;
            output.Should().Contain($"{name}:13:41: error NM9511: 'Russia' is not an id")
                .And.Contain($"{name}:34:19: error NM9512: 'last week' is not a date")
                .And.Contain($"{name}: 2 errors.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_FactTheCaseRefuses_GivesTheFactAndTheCoresCode()
    {
        var text = File.ReadAllText(Cli.HandWrittenFile).Replace("\"round\": \"ru-us-2022-01\"", "\"round\": \"ru-us-2099-01\"", StringComparison.Ordinal);
        var path = Cli.TempFile(text);
        try
        {
            var (code, output, _) = Cli.Run("validate", path);

            code.Should().Be(1);
            output.Should().Contain(": error NM11").And.Contain("The case refuses this fact").And.Contain("$.facts[5]");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{ \"format\": \"negotiation-case\", \n  \"version\": 1,, }", "validate", "2:16: NM9501")]
    [InlineData("{ \"format\": \"negotiation-case\", \n  \"version\": 1,, }", "report", "2:16: NM9501")]
    [InlineData("{ \"format\": \"negotiation-case\", \n  \"version\": 1,, }", "diagram", "2:16: NM9501")]
    [InlineData("[1, 2, 3]", "validate", "1:1: NM9510")]
    [InlineData("{\"format\": \"something-else\"}", "export", "1:12: NM9505")]
    public void Commands_UnusableFile_PrintOneLineWithThePositionAndExitWith2(string text, string command, string position)
    {
        var path = Cli.TempFile(text);
        try
        {
            var (code, output, error) = Cli.Run(command, path);

            code.Should().Be(2);
            output.Should().BeEmpty();
            error.TrimEnd().Should().StartWith($"negotiation: {path}:{position}").And.NotContain("\n").And.NotContain(" at ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_Plover_WritesOneEventRecordPerLineWithTheManualsFields()
    {
        var (code, output, _) = Cli.Run("export", "--format", "plover");

        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(10);
        foreach (var line in lines)
        {
            var record = JsonDocument.Parse(line).RootElement;
            record.GetProperty("id").GetString().Should().StartWith("security-guarantees-2021-");
            record.GetProperty("date").GetString().Should().MatchRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            record.GetProperty("actor").GetArrayLength().Should().BePositive();
            record.GetProperty("event").EnumerateArray().Select(e => e.GetString()).Should().OnlyContain(e => PloverEvents.Contains(e));
            record.GetProperty("quad_code").GetInt32().Should().BeInRange(1, 4);
        }

        var demand = JsonDocument.Parse(lines.First(l => l.Contains("Legal guarantees", StringComparison.Ordinal))).RootElement;
        demand.GetProperty("event")[0].GetString().Should().Be("REQUEST");
        demand.GetProperty("mode")[0].GetString().Should().Be("change");
        demand.GetProperty("actor")[0].GetProperty("code").GetString().Should().Be("RUS");
        demand.GetProperty("enddate").GetString().Should().Be("2021-12-19", "the week of 13 December is a range");
        lines.Should().Contain(l => l.Contains("\"event\":[\"REJECT\"]", StringComparison.Ordinal) && l.Contains("unacceptable", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("\"event\":[\"THREATEN\"]", StringComparison.Ordinal), "Lavrov's warning");
        lines.Should().Contain(l => l.Contains("\"event\":[\"ACCUSE\"]", StringComparison.Ordinal), "the West's accusation");
    }

    [Fact]
    public void Export_Cameo_WritesDyadicRowsWithCameoCodes()
    {
        var (code, output, _) = Cli.Run("export", "--format", "cameo");

        code.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        rows[0].Should().Equal("date", "source", "source_id", "target", "target_id", "code", "event", "fact");
        rows.Skip(1).Should().OnlyContain(r => r.Length == 8 && r[0].Length == 8 && r[5].Length >= 3);
        rows.Should().Contain(r => r[1] == "RUS" && r[3] == "USA" && r[5] == "1042" && r[6] == "Demand policy change");
        rows.Should().Contain(r => r[1] == "RUS" && r[5] == "016", "Russia's denial is CAMEO 016, though PLOVER has no category for it");
    }

    [Theory]
    [InlineData("mermaid", "seed.mmd")]
    [InlineData("gantt", "seed-gantt.mmd")]
    [InlineData("dot", "seed.dot")]
    public void Diagram_Seed_IsTheGoldenFile(string format, string golden)
    {
        var (code, output, _) = Cli.Run("diagram", "--format", format);
        var path = Path.Combine(Cli.GoldenDirectory, golden);
        if (Environment.GetEnvironmentVariable("NM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, output);
        }

        code.Should().Be(0);
        output.Should().Be(File.ReadAllText(path), "set NM_UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change, then read the diff");
    }

    [Fact]
    public void Diagram_Dot_IsAcceptedByGraphviz()
    {
        RequireTool(OnPath("dot"), "Graphviz 'dot' is not installed; .ci/run installs it (apt-get install graphviz)");
        var (_, output, _) = Cli.Run("diagram", "--format", "dot");
        var start = new ProcessStartInfo("dot", "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };

        using var process = Process.Start(start)!;
        process.StandardInput.Write(output);
        process.StandardInput.Close();
        var svg = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0, errors);
        errors.Should().BeEmpty();
        svg.Should().Contain("<svg").And.Contain("Russia–NATO talks");
    }

    [Fact]
    public void Diagram_Mermaid_IsAcceptedByMermaid()
    {
        var tool = Path.Combine(Cli.RepositoryRoot, "tests", "Negotiation.Model.Cli.Tests", "Tools", "mermaid");
        RequireTool(OnPath("node") && Directory.Exists(Path.Combine(tool, "node_modules", "mermaid")),
            $"Mermaid's parser is not installed; .ci/run installs it (npm ci --prefix {Path.GetRelativePath(Cli.RepositoryRoot, tool)})");
        var files = MermaidFormats.Select(format =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"negotiation-{Guid.NewGuid():N}.mmd");
            File.WriteAllText(path, Cli.Run("diagram", "--format", format).Output);
            return path;
        }).ToList();
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(tool, "check.mjs"), .. files]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tool };
            using var process = Process.Start(start)!;
            var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            process.ExitCode.Should().Be(0, report);
            report.Should().Contain(": flowchart").And.Contain(": gantt").And.Contain("a broken diagram is refused");
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    [Fact]
    public void Diagram_AsOf16December_HasNoRounds()
    {
        var (code, output, _) = Cli.Run("diagram", "--as-of", "2021-12-16");

        code.Should().Be(0);
        output.Should().Contain("flowchart LR").And.NotContain("r_ru_");
    }

    // A check that needs an outside tool runs wherever the tool is; CI installs it, so there a missing tool fails the
    // test, and on a developer's machine without it the test is reported skipped, with the reason, never passed.
    private static void RequireTool(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + "; CI must have it.");
        }

        Assert.Skip(reason + ".");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));

    [Fact]
    public void Diff_Seed_ListsWhatHappenedBetweenTheDays()
    {
        var (code, output, _) = Cli.Run("diff", "--from", "2021-12-16", "--to", "2021-12-22");

        code.Should().Be(0);
        output.Should().Contain("+ week of 13 December 2021: russia presented")
            .And.Contain("added round ru-us-2022-01")
            .And.Contain("demand ru-us-no-new-members with united-states: none → partly-rejected");
    }

    [Fact]
    public void Diff_SameDay_HasNoChanges() =>
        Cli.Run("diff", Cli.SeedFile, "--from", "2021-12-22", "--to", "2021-12-22").Output.Should().EndWith("No changes." + Environment.NewLine);
}
