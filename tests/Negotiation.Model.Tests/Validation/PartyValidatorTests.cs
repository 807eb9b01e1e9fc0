using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class PartyValidatorTests
{
    private static PartyValidator Validator => PartyValidator.Instance;

    [Fact]
    public void Validate_WellFormedPartiesInTheirCase_Passes()
    {
        foreach (var party in Base.Parties.Values)
        {
            Validator.TestValidate(party, Base).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void Validate_BlankName_FailsWithNameRequired() =>
        Validator.TestValidate(new State(Russia, "  ", "RU")).ShouldFail("Parties[russia].Name", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_NameOf201Characters_FailsWithNameTooLong()
    {
        Validator.TestValidate(new State(Russia, new string('R', 201), "RU")).ShouldFail("Parties[russia].Name", ErrorCodes.NameTooLong);
        Validator.TestValidate(new State(Russia, new string('R', 200), "RU")).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("RUS")]
    [InlineData("ru")]
    [InlineData("R1")]
    [InlineData("")]
    public void Validate_MalformedIsoCode_FailsWithInvalidIsoCode(string code) =>
        Validator.TestValidate(new State(Russia, "Russia", code)).ShouldFail("Parties[russia].IsoCode", ErrorCodes.InvalidIsoCode);

    [Fact]
    public void Validate_IsoCodeOfAnotherStateInTheCase_FailsWithDuplicateIsoCode()
    {
        Validator.TestValidate(new State(new PartyId("russian-federation"), "Russian Federation", "RU"), Base)
            .ShouldFail("Parties[russian-federation].IsoCode", ErrorCodes.DuplicateIsoCode);
        Validator.TestValidate(new State(new PartyId("belarus"), "Belarus", "BY"), Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Record_SecondStateWithSameIsoCode_IsRefused()
    {
        var result = Base.Record(Registered(new State(new PartyId("russian-federation"), "Russian Federation", "RU")));

        result.Failures().ShouldFail("Parties[russian-federation].IsoCode", ErrorCodes.DuplicateIsoCode);
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Validate_OrganisationListedAsItsOwnMember_FailsWithOrganisationIsOwnMember() =>
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(Nato, Day(1949, 4, 4))]), Base)
            .ShouldFail("Parties[nato].Memberships[0].Member", ErrorCodes.OrganisationIsOwnMember);

    [Fact]
    public void Validate_UnregisteredMember_FailsWithUnknownParty()
    {
        var osce = new Organisation(new PartyId("osce"), "OSCE", OrganisationKind.Forum, [new Membership(Russia, Day(1975, 8, 1)), new Membership(new PartyId("belarus"), Day(1992, 1, 30))]);

        Validator.TestValidate(osce, Base).ShouldFail("Parties[osce].Memberships[1].Member", ErrorCodes.UnknownParty);
        Validator.TestValidate(osce).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_DefaultMemberId_FailsWithIdMissing() =>
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(default, Day(1949, 4, 4))]))
            .ShouldFail("Parties[nato].Memberships[0].Member", ErrorCodes.IdMissing);

    [Fact]
    public void Validate_GroupAsMemberOfAnOrganisation_FailsWithMemberIsGroup() =>
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(TheWest, Day(1949, 4, 4))]), Base)
            .ShouldFail("Parties[nato].Memberships[0].Member", ErrorCodes.MemberIsGroup);

    [Fact]
    public void Validate_MembershipLeftOnTheDayItBegan_FailsWithMembershipEndsBeforeStart()
    {
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(France, Day(1966, 7, 1), Day(1966, 7, 1))]))
            .ShouldFail("Parties[nato].Memberships[0]", ErrorCodes.MembershipEndsBeforeStart);
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(France, Day(1949, 4, 4), Day(1966, 7, 1))]))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_OverlappingPeriodsOfOneMember_FailsWithMembershipPeriodsOverlapAtTheLaterEntry()
    {
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(France, Day(1949, 4, 4)), new Membership(France, Day(2009, 4, 4))]))
            .ShouldFail("Parties[nato].Memberships[1]", ErrorCodes.MembershipPeriodsOverlap);

        // France left NATO's integrated command in 1966 and came back in 2009: two periods that touch but do not overlap.
        Validator.TestValidate(new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(France, Day(1949, 4, 4), Day(1966, 7, 1)), new Membership(France, Day(2009, 4, 4))]))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_GroupWithoutMembers_FailsWithGroupEmpty() =>
        Validator.TestValidate(new PartyGroup(TheWest, "The West", [])).ShouldFail("Parties[the-west].Members", ErrorCodes.GroupEmpty);

    [Fact]
    public void Validate_GroupListingItself_FailsWithGroupIsOwnMember() =>
        Validator.TestValidate(new PartyGroup(TheWest, "The West", [Usa, TheWest]), Base).ShouldFail("Parties[the-west].Members[1]", ErrorCodes.GroupIsOwnMember);

    [Fact]
    public void Validate_GroupListingAStateTwice_FailsWithDuplicateEntry() =>
        Validator.TestValidate(new PartyGroup(TheWest, "The West", [Usa, France, Usa]), Base).ShouldFail("Parties[the-west].Members[2]", ErrorCodes.DuplicateEntry);

    [Fact]
    public void Validate_MembershipRuleSetOnly_SkipsTheName() =>
        Validator.TestValidate(new Organisation(Nato, "", OrganisationKind.Alliance, [new Membership(Nato, Day(1949, 4, 4))]), Base, PartyValidator.MembershipRules)
            .ShouldHaveValidationErrorFor("Parties[nato].Memberships[0].Member").Only();
}
