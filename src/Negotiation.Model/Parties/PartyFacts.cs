using System.Collections.Immutable;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A party enters the case: a state, an organisation with its memberships, or a named group.</summary>
/// <remarks>Refused when the id is taken or the <see cref="Validation.PartyValidator"/> finds an error: the name is blank, a
/// state's ISO code is malformed or taken, a member is unknown, a group, or the organisation itself, a member's periods
/// overlap, or a group is empty or lists itself. Equality is by value.</remarks>
public sealed record PartyRegistered : Fact
{
    /// <summary>Gets the party.</summary>
    public required Party Party { get => field; init => field = Guard.NotNull(value, nameof(Party)); }

    /// <inheritdoc />
    public override string Describe() => $"{Party.Name} ({Party.Kind.ToString().ToLowerInvariant()}) registered";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Parties, Party.Id, $"Parties[{Party.Id}]", "party");
        check.Validate(PartyValidator.Instance, Party);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Party);

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A party joins an organisation.</summary>
/// <remarks>Refused when the organisation is not one, the member is unknown, a group or the organisation itself, or the
/// party is already a member then. Equality is by value.</remarks>
public sealed record MembershipBegan : Fact
{
    /// <summary>Gets the organisation.</summary>
    public required PartyId Organisation { get; init; }

    /// <summary>Gets the new member.</summary>
    public required PartyId Member { get; init; }

    /// <summary>Gets the first day of membership.</summary>
    public required LocalDate Joined { get; init => field = IsoDates.Iso(value); }

    /// <inheritdoc />
    public override string Describe() => $"{Member} joined {Organisation} on {Joined:uuuu-MM-dd}";

    internal override void Check(FactCheck check)
    {
        // The organisation's rules for the period appended: the member exists, is not a group nor the organisation itself,
        // and the period overlaps none of the member's own periods, found through the index (not by re-checking the list).
        if (MembershipChange.Organisation(check, Organisation) is { } organisation)
        {
            var periods = organisation.Periods;
            PartyValidator.CheckPeriod(check.Data, Organisation, periods, periods.Count, new Membership(Member, Joined),
                MembershipChange.Periods(check.Data.Indexes, Organisation, Member), $"Parties[{Organisation}].Memberships[{periods.Count}]", check.Add);
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var organisation = (Organisation)evolution.Parties[Organisation];
        evolution.Put(organisation with { Periods = organisation.Periods.Add(new Membership(Member, Joined)) });
    }

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A party leaves an organisation.</summary>
/// <remarks>Refused when the organisation is not one or the party is not a member on the day before it leaves. Equality
/// is by value.</remarks>
public sealed record MembershipEnded : Fact
{
    /// <summary>Gets the organisation.</summary>
    public required PartyId Organisation { get; init; }

    /// <summary>Gets the member that leaves.</summary>
    public required PartyId Member { get; init; }

    /// <summary>Gets the first day the party is no longer a member.</summary>
    public required LocalDate Left { get; init => field = IsoDates.Iso(value); }

    /// <inheritdoc />
    public override string Describe() => $"{Member} left {Organisation} on {Left:uuuu-MM-dd}";

    internal override void Check(FactCheck check)
    {
        if (MembershipChange.Organisation(check, Organisation) is { } organisation && Period(check.Data.Indexes, organisation) < 0)
        {
            check.Error(ErrorCodes.NotAMember, $"Parties[{Organisation}].Memberships", $"'{Member}' is not a member of '{Organisation}' before {Left:uuuu-MM-dd}, so it cannot leave then.");
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var organisation = (Organisation)evolution.Parties[Organisation];
        var periods = organisation.Periods;
        var index = Period(evolution.Indexes, organisation);
        evolution.Put(organisation with { Periods = periods.SetItem(index, periods[index] with { Left = Left }) });
    }

    /// <summary>Gets the index of the membership period this fact ends, or -1.</summary>
    private int Period(CaseIndexes index, Organisation organisation)
    {
        foreach (var i in MembershipChange.Periods(index, Organisation, Member))
        {
            var m = organisation.Periods[i];
            if (m.Joined < Left && m.IsActiveOn(TimeBounds.PlusDays(Left, -1)) && m.Left is null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>Shared steps of membership changes.</summary>
internal static class MembershipChange
{
    public static Organisation? Organisation(FactCheck check, PartyId id)
    {
        var path = $"Parties[{id}]";
        if (!check.Party(id, path))
        {
            return null;
        }

        if (check.Data.Parties[id] is Organisation organisation)
        {
            return organisation;
        }

        check.Error(ErrorCodes.NotAnOrganisation, path, $"'{id}' is not an organisation, so it has no members to change.");
        return null;
    }

    /// <summary>Gets the positions of <paramref name="member"/>'s periods in the organisation's list, from the index.</summary>
    public static ImmutableArray<int> Periods(CaseIndexes index, PartyId organisation, PartyId member) =>
        index.MembershipPeriods.TryGetValue(new MemberOf(organisation, member), out var periods) ? periods : [];
}
