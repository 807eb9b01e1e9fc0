using NodaTime;
using Negotiation.Model.Tests.TestSupport;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class PartyQueriesTests
{
    [Fact]
    public void MembersOf_NatoOn22December2021_AreItsThirtyMembers()
    {
        var members = Case.MembersOf(Nato, ArticleDay);

        members.Should().HaveCount(30).And.BeInAscendingOrder().And.Contain([UnitedStates, France, Poland, Estonia, NorthMacedonia]);
        members.Should().NotContain([Finland, Ukraine]);
    }

    [Fact]
    public void MembersOf_NatoBeforeNorthMacedoniaJoined_LeavesItOut() =>
        Case.MembersOf(Nato, new LocalDate(2019, 12, 31)).Should().NotContain(NorthMacedonia).And.HaveCount(29);

    [Fact]
    public void MembersOf_NatoFromTheDayFinlandJoined_IncludesFinland()
    {
        WithSequel.MembersOf(Nato, new LocalDate(2023, 4, 4)).Should().Contain(Finland);
        WithSequel.MembersOf(Nato, new LocalDate(2023, 4, 3)).Should().NotContain(Finland);
    }

    [Fact]
    public void MembersOf_AState_IsEmpty() => Case.MembersOf(Russia, ArticleDay).Should().BeEmpty();

    [Fact]
    public void MembersOf_UnknownParty_ThrowsArgumentExceptionNamingIt() =>
        FluentActions.Invoking(() => Case.MembersOf(new PartyId("osce"), ArticleDay)).Should().Throw<ArgumentException>()
            .WithMessage("The case has no party 'osce'.*").WithParameterName("organisation");

    [Fact]
    public void OrganisationsOf_Poland_AreTheEuAndNato() =>
        Case.OrganisationsOf(Poland, ArticleDay).Should().Equal(EuropeanUnion, Nato);

    [Fact]
    public void OrganisationsOf_FinlandBeforeAndAfterJoiningNato_FollowsTheDate()
    {
        WithSequel.OrganisationsOf(Finland, ArticleDay).Should().Equal(EuropeanUnion);
        WithSequel.OrganisationsOf(Finland, new LocalDate(2023, 5, 1)).Should().Equal(EuropeanUnion, Nato);
    }

    [Fact]
    public void OrganisationsOf_TheUnitedKingdomAfterBrexit_IsNatoOnly() =>
        Case.OrganisationsOf(new PartyId("united-kingdom"), ArticleDay).Should().Equal(Nato);

    [Fact]
    public void PartsOf_AndEnclosingParties_FollowTheBodiesRegisteredAsPartOfAnother()
    {
        var council = new PartyId("north-atlantic-council");
        var committee = new PartyId("military-committee");
        var withBodies = Case.RecordAll([
            Given.PartyRegistered(new Organisation(council, "North Atlantic Council", OrganisationKind.Institution) { PartOf = Nato }, new LocalDate(2022, 2, 1)),
            Given.PartyRegistered(new Organisation(committee, "Military Committee", OrganisationKind.Institution) { PartOf = council }, new LocalDate(2022, 2, 1)),
        ]).Case;

        withBodies.PartsOf(Nato).Should().Equal(council);
        withBodies.PartsOf(council).Should().Equal(committee);
        withBodies.PartsOf(committee).Should().BeEmpty();
        withBodies.EnclosingParties(committee).Should().Equal(council, Nato);
        withBodies.EnclosingParties(Nato).Should().BeEmpty();
        withBodies.AsOf(new LocalDate(2022, 1, 31)).PartsOf(Nato).Should().BeEmpty("the bodies were registered on 1 February 2022");
    }

    [Fact]
    public void PartsOf_UnknownParty_ThrowsArgumentExceptionNamingIt()
    {
        FluentActions.Invoking(() => Case.PartsOf(new PartyId("osce"))).Should().Throw<ArgumentException>()
            .WithMessage("The case has no party 'osce'.*").WithParameterName("whole");
        FluentActions.Invoking(() => Case.EnclosingParties(new PartyId("osce"))).Should().Throw<ArgumentException>()
            .WithMessage("The case has no party 'osce'.*").WithParameterName("part");
    }

    [Fact]
    public void ParticipantsOf_TheNatoRound_AreRussiaAndNato() =>
        Case.ParticipantsOf(NatoRound).Should().Equal(Russia, Nato);

    [Fact]
    public void ParticipantsOf_TheNatoRoundExpanded_AddsNatosMembers()
    {
        var everyone = Case.ParticipantsOf(NatoRound, expandOrganisations: true);

        everyone.Take(2).Should().Equal(Russia, Nato);
        everyone.Skip(2).Should().Equal(Case.MembersOf(Nato, new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void DemandsBy_RussiaOn22December_AreItsNineDemands() =>
        Case.AsOf(ArticleDay).DemandsBy(Russia).Count.Should().Be(9);

    [Fact]
    public void DemandsBy_TheUnitedStates_IsEmpty() => Case.DemandsBy(UnitedStates).Should().BeEmpty();

    [Fact]
    public void DemandsAddressedTo_Nato_AreTheFourOfTheDraftAgreement() =>
        Case.DemandsAddressedTo(Nato).Select(d => d.Text).Should().Equal(
            "Legal guarantees over Russia's security.",
            "No military bases in former Soviet states.",
            "The alliance must not admit new members.",
            "Stop the alliance's eastward expansion.");
}
