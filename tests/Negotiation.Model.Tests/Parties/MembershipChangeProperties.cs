using CsCheck;
using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

/// <summary>
/// Joining and leaving check only the member's own periods, found through the case's index (O(change)); these properties
/// hold them to the rules over the whole list: for any history of joins and leaves, in any order of days, a change is
/// refused exactly when the organisation's whole-list rules (or, for a leave, the list itself) say it must be, and an
/// accepted history leaves an organisation the whole-list validator finds valid.
/// </summary>
public sealed class MembershipChangeProperties
{
    private static readonly PartyId[] Joiners =
        [TestWorld.Ukraine, TestWorld.Georgia, TestWorld.Germany, TestWorld.Nato, TestWorld.FormerSovietStates, TestWorld.Atlantis];

    private static readonly string[] MembershipCodes =
        [ErrorCodes.OrganisationIsOwnMember, ErrorCodes.MemberIsGroup, ErrorCodes.MembershipPeriodsOverlap, ErrorCodes.UnknownParty, ErrorCodes.NotAMember];

    private static readonly LocalDate Origin = new(1990, 1, 1);

    private static readonly Gen<(bool Join, int Member, int Day)> Change =
        Gen.Select(Gen.Bool, Gen.Int[0, Joiners.Length - 1], Gen.Int[0, 3_000]);

    [Fact]
    public void JoinAndLeave_AnyHistory_RefusedExactlyWhenTheWholeListRulesSaySo() =>
        Change.Array[1, 40].Sample(changes =>
        {
            var negotiation = TestWorld.Case;
            foreach (var (join, index, day) in changes)
            {
                var member = Joiners[index];
                var date = Origin.PlusDays(day);
                var nato = (Organisation)negotiation.Parties[TestWorld.Nato];
                Fact fact = join ? Given.MembershipBegan(TestWorld.Nato, member, date) : Given.MembershipEnded(TestWorld.Nato, member, date);
                var expected = join ? JoinCodes(negotiation, nato, member, date) : LeaveCodes(nato, member, date);

                var result = negotiation.Record(fact);

                var actual = result.Errors.Select(e => e.ErrorCode).Where(MembershipCodes.Contains).Distinct().Order().ToArray();
                actual.Should().Equal(expected, "the change {0} against {1}", fact.Describe(), string.Join("; ", nato.Memberships));
                if (result.Succeeded)
                {
                    negotiation = result.Case;
                    PartyValidator.Instance.Validate(negotiation.Parties[TestWorld.Nato], negotiation).Errors
                        .Where(e => MembershipCodes.Contains(e.ErrorCode)).Should().BeEmpty();
                    ((Organisation)negotiation.Parties[TestWorld.Nato]).HasMember(member, join ? date : date.PlusDays(-1)).Should().BeTrue();
                }
                else
                {
                    result.Errors.Should().NotBeEmpty();
                }
            }
        }, iter: 300);

    /// <summary>The whole-list rules over the organisation with the new period appended (the validator before the index).</summary>
    private static string[] JoinCodes(NegotiationCase negotiation, Organisation nato, PartyId member, LocalDate joined)
    {
        var appended = nato with { Memberships = nato.Memberships.Items.Add(new Membership(member, joined)) };
        return [.. PartyValidator.Instance.Validate(appended, negotiation).Errors
            .Where(e => e.PropertyName.StartsWith($"Parties[nato].Memberships[{nato.Memberships.Count}]", StringComparison.Ordinal))
            .Select(e => e.ErrorCode).Where(MembershipCodes.Contains).Distinct().Order()];
    }

    /// <summary>A leave needs an open period of the member that began before the day it leaves.</summary>
    private static string[] LeaveCodes(Organisation nato, PartyId member, LocalDate left) =>
        nato.Memberships.Any(m => m.Member == member && m.Left is null && m.Joined < left)
            ? []
            : [ErrorCodes.NotAMember];
}
