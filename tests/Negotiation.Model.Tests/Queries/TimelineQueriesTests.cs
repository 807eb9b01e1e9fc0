using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class TimelineQueriesTests
{
    [Fact]
    public void Timeline_13To22December_ListsTheFactsInOrderWithApproximateTimesShownAsSuch()
    {
        var timeline = Case.Timeline(new LocalDate(2021, 12, 13), ArticleDay);

        // The West's accusation and Russia's denial are dated only "1 November to 22 December": they may fall before the
        // period, and say so
        timeline.Take(2).Select(e => e.When).Should().OnlyContain(w => w == "1 November 2021 to 22 December 2021 (approximate)");
        timeline.Take(2).Should().OnlyContain(e => e.InPeriod == Truth.Undetermined);
        timeline[1].ToString().Should().EndWith("(may fall outside the period)");

        // Then the drafts and demands of "last week", Tuesday's US remarks and round, and the 22nd
        timeline[2].ToString().Should().Be("week of 13 December 2021 (approximate): russia presented "
            + "'Agreement on measures to ensure the security of the Russian Federation and member States of NATO' to nato");
        timeline.Skip(2).Take(10).Should().OnlyContain(e => e.IsApproximate && e.InPeriod == Truth.Yes);
        timeline.Should().ContainSingle(e => e.Fact is StatementMade && ((StatementMade)e.Fact).Statement.Id == DonfriedUnacceptable)
            .Which.When.Should().Be("21 December 2021");
        timeline.Select(e => e.Occurred.EarliestDate).Should().BeInAscendingOrder();
        timeline[^1].Occurred.Should().Be(Moment.On(ArticleDay));
        timeline.Select(e => e.Sequence).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Timeline_UpTo16December_MarksTheDraftsOfThatWeekAsPossiblyOutside()
    {
        var timeline = Case.Timeline(new LocalDate(2021, 12, 14), December16);

        timeline.Should().NotBeEmpty().And.OnlyContain(e => e.InPeriod == Truth.Undetermined);
        timeline.Select(e => e.Fact).OfType<DocumentPresented>().Should().HaveCount(2);
    }

    [Fact]
    public void Timeline_PeriodEndingBeforeItStarts_Throws() =>
        FluentActions.Invoking(() => Case.Timeline(ArticleDay, December16)).Should().Throw<ArgumentException>()
            .WithMessage("The period ends (2021-12-16) before it starts (2021-12-22); swap the dates.*");

    [Fact]
    public void ChangesSince_16December_ListsTheDraftsDemandsRoundsAndStatuses()
    {
        var diff = Case.AsOf(ArticleDay).ChangesSince(Case.AsOf(December16));

        diff.Removed.Should().BeEmpty();
        diff.Added.Should().HaveCount(Case.AsOf(ArticleDay).Version - Case.AsOf(December16).Version);
        diff.Changes.Where(c => c.Kind == EntityKind.Document).Select(c => c.Description).Should().Equal(
            "document 'ru-nato-draft-agreement' added", "document 'ru-us-draft-treaty' added");
        diff.Changes.Where(c => c.Kind == EntityKind.Demand).Should().HaveCount(9).And.OnlyContain(c => c.Change == ChangeKind.Added);
        diff.Changes.Where(c => c.Kind == EntityKind.Round).Select(c => c.Id).Should().Equal("ru-nato-2022-01", "ru-us-2022-01");
        diff.Changes.Should().Contain(c => c.Kind == EntityKind.Position && c.Id == "united-states → document:ru-us-draft-treaty");
        diff.StatusChanges.Select(s => s.ToString()).Should().Contain("ru-us-legal-guarantees → united-states: none → PartlyRejected")
            .And.Contain("ru-nato-no-new-members → nato: none → Tabled");
    }

    [Fact]
    public void ChangesSince_TheVersionBeforeOneMoreFact_IsThatFactAndWhatItChanged()
    {
        // Given the case, then the bilateral round held in Geneva
        var before = Case;
        var held = new RoundHeld { Round = BilateralRound, Occurred = Geneva, Recorded = At(2022, 1, 10, 19), Source = Reuters(new LocalDate(2022, 1, 10)) };
        var after = before.Record(held).Case;

        var diff = after.ChangesSince(before);

        diff.Common.Should().Be(before.Version);
        diff.Added.Should().Equal(held);
        diff.Changes.Should().ContainSingle().Which.Description.Should().Be("round 'ru-us-2022-01' changed: Agreed → Held");
        diff.StatusChanges.Should().BeEmpty("the demands on its agenda already had the US stance");
        after.ChangesSince(after).IsEmpty.Should().BeTrue();
        before.ChangesSince(after).Removed.Should().Equal(held);
    }
}
