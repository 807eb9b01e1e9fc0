using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The rules a change checks on top of the validators: ids are new, membership changes fit the organisation, and
/// a refused change leaves the case as it was.</summary>
public sealed class ChangeRulesTests
{
    [Fact]
    public void Record_IdAlreadyTaken_FailsWithDuplicateId() =>
        Base.Record(Registered(new State(Russia, "Russian Federation", "RU"))).Failures().ShouldFail("Parties[russia]", ErrorCodes.DuplicateId);

    [Fact]
    public void Record_JoiningANonOrganisation_FailsWithNotAnOrganisation() =>
        Base.Record(new MembershipBegan { Organisation = Russia, Member = Ukraine, Joined = Day(2021, 12, 1), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Parties[russia]", ErrorCodes.NotAnOrganisation);

    [Fact]
    public void Record_JoiningWhileAMember_FailsWithMembershipPeriodsOverlapAtTheNewPeriod() =>
        Base.Record(new MembershipBegan { Organisation = Nato, Member = Usa, Joined = Day(2021, 12, 1), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Parties[nato].Memberships[2]", ErrorCodes.MembershipPeriodsOverlap);

    [Fact]
    public void Record_GroupJoiningAnOrganisation_FailsWithMemberIsGroupAtTheNewPeriod() =>
        Base.Record(new MembershipBegan { Organisation = Nato, Member = TheWest, Joined = Day(2021, 12, 1), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Parties[nato].Memberships[2].Member", ErrorCodes.MemberIsGroup);

    [Fact]
    public void Record_LeavingWithoutBeingAMember_FailsWithNotAMember()
    {
        var left = new MembershipEnded { Organisation = Nato, Member = Ukraine, Left = Day(2021, 12, 1), Occurred = Dec(1), Recorded = Recorded, Source = Reuters };

        Base.Record(left).Failures().ShouldFail("Parties[nato].Memberships", ErrorCodes.NotAMember);
        Base.Record(left with { Member = France }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_InvalidChange_LeavesTheCaseUnchanged()
    {
        var before = Base;
        var version = before.Version;
        var parties = before.Parties;

        var result = before.Record(Planned(new Round(new RoundId("broken"), RoundFormat.Bilateral, [Russia], DateWindow.In(new NodaTime.YearMonth(2022, 2)))));

        result.Succeeded.Should().BeFalse();
        result.Original.Should().BeSameAs(before);
        before.Version.Should().Be(version);
        before.Rounds.Should().NotContainKey(new RoundId("broken"));
        before.Parties.Should().BeSameAs(parties);
        before.Validate().Errors.Should().NotContain(f => f.Severity == FluentValidation.Severity.Error);
    }

    [Fact]
    public void RecordAll_OneInvalidFact_RecordsNothing()
    {
        var result = Base.RecordAll([
            Registered(new State(new PartyId("belarus"), "Belarus", "BY")),
            Registered(new State(new PartyId("belarus-2"), "Belarus", "BY")),
        ]);

        result.Failures().ShouldFail("Parties[belarus-2].IsoCode", ErrorCodes.DuplicateIsoCode);
        result.Original.Parties.Should().NotContainKey(new PartyId("belarus"));
    }
}
