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
        // The organisation's membership rules, over the list with the new period appended: the member exists, is not a
        // group nor the organisation itself, and its periods do not overlap.
        if (MembershipChange.Organisation(check, Organisation) is { } organisation)
        {
            check.Validate(PartyValidator.Instance, WithMember(organisation), PartyValidator.MembershipRules);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(WithMember((Organisation)evolution.Data.Parties[Organisation]));

    private Organisation WithMember(Organisation organisation) =>
        organisation with { Memberships = organisation.Memberships.Items.Add(new Membership(Member, Joined)) };

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
        if (MembershipChange.Organisation(check, Organisation) is { } organisation && Period(organisation) < 0)
        {
            check.Error(ErrorCodes.NotAMember, $"Parties[{Organisation}].Memberships", $"'{Member}' is not a member of '{Organisation}' before {Left:uuuu-MM-dd}, so it cannot leave then.");
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var organisation = (Organisation)evolution.Data.Parties[Organisation];
        var memberships = organisation.Memberships.Items;
        var index = Period(organisation);
        evolution.Put(organisation with { Memberships = memberships.SetItem(index, memberships[index] with { Left = Left }) });
    }

    /// <summary>Gets the index of the membership period this fact ends, or -1.</summary>
    private int Period(Organisation organisation) =>
        organisation.Memberships.Items.FindIndex(m => m.Member == Member && m.Joined < Left && m.IsActiveOn(TimeBounds.PlusDays(Left, -1)) && m.Left is null);

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

    public static int FindIndex<T>(this System.Collections.Immutable.ImmutableArray<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
