using System.Reflection;
using CsCheck;
using Negotiation.Model.Testing;
using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.Queries;
using NodaTime;

namespace Negotiation.Model.Json.Tests;

public sealed class RoundTripTests
{
    private static readonly Gen<GeneratedCases.History> Histories = GeneratedCases.Histories(parties: 10, minOps: 10, maxOps: 200);

    [Fact]
    public void FactTypes_EveryFactKindOfTheModel_HasATypeInTheFormat()
    {
        var kinds = typeof(Fact).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Fact)) && !t.IsAbstract).ToList();

        kinds.Should().NotBeEmpty();
        CaseFile.FactTypes.Values.Should().BeEquivalentTo(kinds, "a fact kind the format cannot write would fail every save of a case that holds one");
    }

    [Fact]
    public void FactSamples_Always_CoverEveryFactKind() =>
        FactSamples.All.Select(f => f.GetType()).Distinct().Should().BeEquivalentTo(CaseFile.FactTypes.Values);

    [Fact]
    public void WriteThenRead_EverySampleFact_GivesAnEqualFact()
    {
        foreach (var fact in FactSamples.All)
        {
            var json = TestFiles.WriteFact(fact);

            TestFiles.ReadFact(json).Should().Be(fact, "{0} reads back from {1}", fact.GetType().Name, json);
        }
    }

    [Fact]
    public void WriteThenRead_AnyGeneratedFact_GivesAnEqualFact() =>
        Generators.Fact.Sample(fact => TestFiles.ReadFact(TestFiles.WriteFact(fact)).Should().Be(fact), iter: 2000);

    [Fact]
    public void LoadSave_GeneratedCase_GivesAnEqualCaseThatAnswersAlike() =>
        Histories.Select(GeneratedCases.Dates).Sample(
            (history, day) =>
            {
                var original = GeneratedCases.Build(history);
                var saved = CaseFile.Save(original);

                var loaded = CaseFile.Load(saved);

                loaded.Succeeded.Should().BeTrue(loaded.ToString());
                ((object)loaded.Case).Should().Be(original);
                Answers(loaded.Case, day).Should().Equal(Answers(original, day));
                CaseFile.Save(loaded.Case).Should().Be(saved, "a canonical file saves back to itself");
                SchemaTests.AssertValid(saved);
            },
            iter: 40,
            threads: 1);

    [Fact]
    public void LoadSave_AnyAcceptedHistoryOfEveryFactKind_GivesAnEqualCaseThatAnswersAlike() =>
        Generators.Facts.Sample(
            facts =>
            {
                var original = Generators.Accepted(facts);
                var saved = CaseFile.Save(original);

                var loaded = CaseFile.Load(saved);

                loaded.Succeeded.Should().BeTrue(loaded.ToString());
                ((object)loaded.Case).Should().Be(original);
                Answers(loaded.Case, new LocalDate(2021, 12, 31)).Should().Equal(Answers(original, new LocalDate(2021, 12, 31)));
                CaseFile.Save(loaded.Case).Should().Be(saved, "a canonical file saves back to itself");
                SchemaTests.AssertValid(saved);
            },
            iter: 200,
            print: facts => Generators.AddedFacts(Generators.Accepted(facts)));

    [Fact]
    public void LoadSave_ThePerPartyViewOfAnyAcceptedHistory_GivesAnEqualCase() =>
        Generators.Facts.Sample(
            facts =>
            {
                var original = Generators.Accepted(facts);
                foreach (var party in original.Parties.Keys)
                {
                    var view = original.AsSeenBy(party);
                    var saved = CaseFile.Save(view);

                    var loaded = CaseFile.Load(saved);

                    loaded.Succeeded.Should().BeTrue($"the view of {party} saves to a file that loads: {loaded}");
                    loaded.Case.Log.Should().Equal(view.Log, "the view of {0} reads back fact by fact", party);
                    Answers(loaded.Case, new LocalDate(2021, 12, 31)).Should().Equal(Answers(view, new LocalDate(2021, 12, 31)));
                }
            },
            iter: 100,
            print: facts => Generators.AddedFacts(Generators.Accepted(facts)));

    [Fact]
    public void LoadSave_Seed_GivesAnEqualCaseThatAnswersAlike()
    {
        var seed = SampleScenarios.SecurityGuarantees2021;

        var loaded = CaseFile.Load(CaseFile.Save(seed));

        ((object)loaded.Case).Should().Be(seed);
        Answers(loaded.Case, new LocalDate(2021, 12, 22)).Should().Equal(Answers(seed, new LocalDate(2021, 12, 22)));
    }

    [Fact]
    public void Save_SameCase_GivesTheSameBytes()
    {
        var seed = SampleScenarios.SecurityGuarantees2021;

        CaseFile.SaveToUtf8Bytes(seed).Should().Equal(CaseFile.SaveToUtf8Bytes(CaseFile.Load(CaseFile.Save(seed)).Case));
    }

    [Fact]
    public void Save_UnknownFactKind_IsImpossibleBecauseFactsAreClosed() =>
        typeof(Fact).GetConstructors(BindingFlags.Instance | BindingFlags.Public).Should().BeEmpty("only the model defines fact kinds, so the table above is complete");

    /// <summary>What the case answers to the main queries, as text, so two cases can be compared answer by answer.</summary>
    internal static List<string> Answers(NegotiationCase c, LocalDate day)
    {
        var answers = new List<string>();
        foreach (var demand in c.Demands.Values)
        {
            answers.AddRange(c.StatusesOf(demand.Id).Select(s => $"status {demand.Id} {s}"));
        }

        answers.AddRange(c.Readiness().Select(r => $"readiness {r}"));
        answers.AddRange(c.BrokenCommitments().Select(b => $"breach {b}"));
        answers.AddRange(c.Timeline(day.PlusDays(-400), day.PlusDays(400)).Select(t => $"timeline {t}"));
        answers.AddRange(c.OpenDemands().Select(d => $"open {d.Id}"));
        answers.Add("matrix " + c.PositionsMatrix(day));
        var asOf = c.AsOf(day);
        answers.Add($"as of {day}: {asOf.Version} facts, {asOf.Rounds.Count} rounds, {asOf.OpenDemands().Count} open");
        foreach (var party in c.Parties.Keys)
        {
            answers.Add($"{party} sees {c.DocumentsVisibleTo(party).Length} documents, in {c.RoundsOf(party).Length} rounds");
        }

        return answers;
    }
}
