using CsCheck;
using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

/// <summary>"As of" (valid time) and "as known on" (record time), on the seed and on generated cases.</summary>
public sealed class CaseHistoryTests
{
    private static readonly Gen<GeneratedCases.History> Small = GeneratedCases.Histories(parties: 12, minOps: 20, maxOps: 250);

    private static readonly Gen<GeneratedCases.History> Large = GeneratedCases.Histories(parties: 300, minOps: 12000, maxOps: 14000);

    [Fact]
    public void AsOf_16December_HasNoDocumentsAndNoDemandsYet()
    {
        // The drafts of "the week of 13 December" had not certainly been presented by the 16th
        var negotiation = WithSequel.AsOf(December16);

        negotiation.Documents.Should().BeEmpty();
        negotiation.Demands.Should().BeEmpty();
        negotiation.Rounds.Should().BeEmpty();
        negotiation.Parties.Should().ContainKey(Nato);
    }

    [Fact]
    public void AsOf_22December_HoldsTheArticle()
    {
        var negotiation = WithSequel.AsOf(ArticleDay);

        negotiation.Should().Be(QueryOracle.Replay(WithSequel, f => f.Occurred.IsOnOrBefore(ArticleDay).IsYes));
        negotiation.Documents.Keys.Should().Equal(DraftAgreementWithNato, DraftTreatyWithUs);
        negotiation.Documents.Values.Should().OnlyContain(d => d.HandedOver == Moment.Within(DateWindow.WeekOf(new LocalDate(2021, 12, 13))));
        negotiation.Documents.Values.Should().OnlyContain(d => d.Disclosed == Moment.On(Published), "the publication of the 17th, learned later, counts");
        negotiation.Demands.Should().HaveCount(9);
        negotiation.Rounds[BilateralRound].Planned.Should().Be(Moment.Within(DateWindow.EarlyIn(new YearMonth(2022, 1))));
        negotiation.Rounds[NatoRound].Planned.Should().Be(Moment.Within(DateWindow.In(new YearMonth(2022, 1))));
        negotiation.Commitments.Keys.Should().Equal(EuParticipation);
        negotiation.MembersOf(Nato, ArticleDay).Should().NotContain(Finland);
    }

    [Fact]
    public void AsOf_22December_RussiasWarningAndDenialAreAttributedAndDated()
    {
        var negotiation = WithSequel.AsOf(ArticleDay);

        var warning = negotiation.Statements[LavrovWarning];
        warning.Kind.Should().Be(StatementKind.Warning);
        warning.Speaker.Should().Be(Lavrov);
        warning.Made.Should().Be(Moment.On(ArticleDay));
        var denial = negotiation.Statements[RussiaDenial];
        denial.Kind.Should().Be(StatementKind.Denial);
        denial.Party.Should().Be(Russia);
        denial.Made.Window.Should().Be(DateWindow.Between(new LocalDate(2021, 11, 1), ArticleDay));
        WithSequel.AsOf(December16).Statements.Should().NotContainKey(RussiaDenial, "on the 16th it is not certain it had been said");
    }

    [Fact]
    public void KnownOn_BeforeAndAfterThePublicationWasLearned_FollowsTheRecordTime()
    {
        // Everything in the article was recorded on 22 December at 18:00; the publication was learned on the 23rd
        WithSequel.KnownOn(At(2021, 12, 22, 17)).Version.Should().Be(0);
        var evening = WithSequel.KnownOn(At(2021, 12, 22, 20));
        evening.Should().Be(Case);
        evening.CanSee(EuropeanUnion, DraftAgreementWithNato).Should().BeFalse();
        WithSequel.KnownOn(At(2021, 12, 24, 0)).CanSee(EuropeanUnion, DraftAgreementWithNato).Should().BeTrue();
        WithSequel.KnownOn(At(2022, 1, 9, 0)).CanStart(NatoRound).CanStart.Should().Be(Truth.No);
        WithSequel.KnownOn(At(2022, 1, 11, 0)).CanStart(NatoRound).CanStart.Should().Be(Truth.Yes);
    }

    [Fact]
    public void AsOf_EveryDayFromNovemberToFebruary_EqualsReplay()
    {
        for (var day = new LocalDate(2021, 11, 30); day <= new LocalDate(2022, 2, 5); day = day.PlusDays(1))
        {
            var date = day;
            WithSequel.AsOf(date).Should().Be(QueryOracle.Replay(WithSequel, f => f.Occurred.IsOnOrBefore(date).IsYes), $"as of {date}");
        }
    }

    [Fact]
    public void KnownOn_EveryTwelveHours_EqualsReplay()
    {
        for (var when = At(2021, 12, 20, 0); when <= At(2022, 2, 5, 0); when += Duration.FromHours(12))
        {
            var instant = when;
            WithSequel.KnownOn(instant).Should().Be(QueryOracle.Replay(WithSequel, f => f.Recorded <= instant), $"as known on {instant}");
        }
    }

    [Fact]
    public void AsOf_AfterEveryFact_IsTheCaseItself() => WithSequel.AsOf(new LocalDate(2030, 1, 1)).Should().BeSameAs(WithSequel);

    [Fact]
    public void AsOf_TheResult_CanBeChangedAndAskedAgain()
    {
        var december = WithSequel.AsOf(ArticleDay);
        var extended = december.Record(SeedSequel.Facts().OfType<RoundRescheduled>().First()).Case;

        extended.Version.Should().Be(december.Version + 1);
        extended.AsOf(ArticleDay).Should().Be(december);
        december.Version.Should().Be(WithSequel.AsOf(ArticleDay).Version, "the case it came from is unchanged");
    }

    [Fact]
    public void AsOf_AnyDay_EqualsReplayOfTheFactsThatHadHappened() =>
        Small.Select(GeneratedCases.Dates.Array[1, 6]).Sample(
            (history, dates) =>
            {
                var negotiation = GeneratedCases.Build(history);
                foreach (var date in dates)
                {
                    var fast = negotiation.AsOf(date);
                    var replayed = QueryOracle.Replay(negotiation, f => f.Occurred.IsOnOrBefore(date).IsYes);
                    fast.Should().Be(replayed, $"as of {date} is the replay of the facts that had happened by then");
                    AssertSameAnswers(fast, replayed);
                }
            },
            iter: 60,
            threads: 1);

    [Fact]
    public void KnownOn_AnyInstant_EqualsReplayOfTheFactsRecordedByThen() =>
        Small.Select(GeneratedCases.Dates.Array[1, 6]).Sample(
            (history, dates) =>
            {
                var negotiation = GeneratedCases.Build(history);
                foreach (var when in dates.Select(d => d.AtMidnight().InUtc().ToInstant() + Duration.FromHours(12)))
                {
                    var fast = negotiation.KnownOn(when);
                    var replayed = QueryOracle.Replay(negotiation, f => f.Recorded <= when);
                    fast.Should().Be(replayed, $"as known on {when} is the replay of the facts recorded by then");
                    AssertSameAnswers(fast, replayed);
                }
            },
            iter: 60,
            threads: 1);

    [Fact]
    public void AsOfAndKnownOn_LargeGeneratedCase_EqualReplay() =>
        Large.Select(GeneratedCases.Dates).Sample(
            (history, date) =>
            {
                var negotiation = GeneratedCases.Build(history);
                var fast = negotiation.AsOf(date);
                fast.Should().Be(QueryOracle.Replay(negotiation, f => f.Occurred.IsOnOrBefore(date).IsYes));
                // Not negotiation.AsOf(earlier): a fact refused as of the date may be accepted as of an earlier day.
                var earlier = date.PlusDays(-20);
                fast.AsOf(earlier).Should().Be(QueryOracle.Replay(fast, f => f.Occurred.IsOnOrBefore(earlier).IsYes), "as of works on the cases it returns");
                var when = date.AtMidnight().InUtc().ToInstant();
                negotiation.KnownOn(when).Should().Be(QueryOracle.Replay(negotiation, f => f.Recorded <= when));
            },
            iter: 2,
            threads: 1,
            print: h => h.ToString());

    /// <summary>Equal cases give equal answers: the indexes a case rebuilt from checkpoints holds match a replay's.</summary>
    private static void AssertSameAnswers(NegotiationCase fast, NegotiationCase replayed)
    {
        foreach (var party in fast.Parties.Keys)
        {
            fast.OpenDemands().AddressedTo(party).Ids.Should().Equal(replayed.OpenDemands().AddressedTo(party).Ids);
            fast.RoundsOf(party).Select(r => r.Id).Should().Equal(replayed.RoundsOf(party).Select(r => r.Id));
        }

        foreach (var demand in fast.Demands.Keys)
        {
            fast.StatusesOf(demand).Should().Equal(replayed.StatusesOf(demand));
        }

        fast.Timeline(GeneratedCases.Epoch, GeneratedCases.Epoch.PlusDays(900)).Select(e => e.Fact)
            .Should().Equal(replayed.Timeline(GeneratedCases.Epoch, GeneratedCases.Epoch.PlusDays(900)).Select(e => e.Fact));
    }
}
