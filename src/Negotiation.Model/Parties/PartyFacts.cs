using NodaTime;

namespace Negotiation.Model;

/// <summary>A party enters the case: a state, an organisation with its memberships, or a named group.</summary>
/// <remarks>Refused when the id is taken, the name is blank, a state's ISO code is malformed, a member is unknown, a group,
/// or the organisation itself, a member's periods overlap, or a group is empty. Equality is by value.</remarks>
public sealed record PartyRegistered : Fact
{
    /// <summary>Gets the party.</summary>
    public required Party Party { get => field; init => field = Guard.NotNull(value, nameof(Party)); }

    /// <inheritdoc />
    public override string Describe() => $"{Party.Name} ({Party.Kind.ToString().ToLowerInvariant()}) registered";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Parties[{Party.Id}]";
        editor.NewId(editor.Data.Parties, Party.Id, path, "party");
        editor.Name(Party.Name, path + ".Name");
        switch (Party)
        {
            case State state when !IsIsoCode(state.IsoCode):
                editor.Error(ErrorCodes.InvalidIsoCode, path + ".IsoCode", $"'{state.IsoCode}' is not an ISO 3166-1 alpha-2 code; use two uppercase letters such as 'RU'.");
                break;
            case Organisation organisation:
                CheckMemberships(editor, organisation, path);
                break;
            case PartyGroup group:
                if (group.Members.IsEmpty)
                {
                    editor.Error(ErrorCodes.GroupEmpty, path + ".Members", "A group needs at least one member; name the states it stands for.");
                }

                editor.Parties(group.Members, path + ".Members");
                break;
        }

        editor.Data = editor.Data with { Parties = editor.Data.Parties.SetItem(Party.Id, Party) };
    }

    internal static bool IsIsoCode(string code) =>
        code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    internal static void CheckMember(CaseEditor editor, PartyId organisation, PartyId member, string path)
    {
        if (member == organisation)
        {
            editor.Error(ErrorCodes.OrganisationIsOwnMember, path, $"'{organisation}' is listed as its own member; remove it.");
        }
        else if (editor.Party(member, path) && editor.Data.Parties[member] is PartyGroup)
        {
            editor.Error(ErrorCodes.MemberIsGroup, path, $"'{member}' is a named group; list its states as members instead.");
        }
    }

    internal static bool Overlap(Membership a, Membership b) =>
        (a.Left is not { } aLeft || b.Joined < aLeft) && (b.Left is not { } bLeft || a.Joined < bLeft);

    private static void CheckMemberships(CaseEditor editor, Organisation organisation, string path)
    {
        var memberships = organisation.Memberships;
        for (var i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            var itemPath = $"{path}.Memberships[{i}]";
            CheckMember(editor, organisation.Id, m.Member, itemPath + ".Member");
            if (m.Left is { } left && left <= m.Joined)
            {
                editor.Error(ErrorCodes.MembershipEndsBeforeStart, itemPath, $"The membership of '{m.Member}' ends ({left:uuuu-MM-dd}) on or before it starts ({m.Joined:uuuu-MM-dd}).");
            }

            for (var j = 0; j < i; j++)
            {
                if (memberships[j].Member == m.Member && Overlap(memberships[j], m))
                {
                    editor.Error(ErrorCodes.MembershipPeriodsOverlap, itemPath, $"Two membership periods of '{m.Member}' overlap (entries {j} and {i}); merge them.");
                }
            }
        }
    }
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
    public required LocalDate Joined { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Member} joined {Organisation} on {Joined:uuuu-MM-dd}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Parties[{Organisation}].Memberships";
        if (MembershipChange.Organisation(editor, Organisation) is not { } organisation)
        {
            return;
        }

        PartyRegistered.CheckMember(editor, Organisation, Member, path + ".Member");
        var joining = new Membership(Member, Joined);
        if (organisation.Memberships.Any(m => m.Member == Member && PartyRegistered.Overlap(m, joining)))
        {
            editor.Error(ErrorCodes.MembershipPeriodsOverlap, path, $"'{Member}' is already a member of '{Organisation}' on {Joined:uuuu-MM-dd}.");
            return;
        }

        MembershipChange.Store(editor, organisation with { Memberships = organisation.Memberships.Items.Add(joining) });
    }
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
    public required LocalDate Left { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Member} left {Organisation} on {Left:uuuu-MM-dd}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Parties[{Organisation}].Memberships";
        if (MembershipChange.Organisation(editor, Organisation) is not { } organisation)
        {
            return;
        }

        var memberships = organisation.Memberships.Items;
        var index = memberships.FindIndex(m => m.Member == Member && m.Joined < Left && m.IsActiveOn(Left.PlusDays(-1)) && m.Left is null);
        if (index < 0)
        {
            editor.Error(ErrorCodes.NotAMember, path, $"'{Member}' is not a member of '{Organisation}' before {Left:uuuu-MM-dd}, so it cannot leave then.");
            return;
        }

        MembershipChange.Store(editor, organisation with { Memberships = memberships.SetItem(index, memberships[index] with { Left = Left }) });
    }
}

/// <summary>Shared steps of membership changes.</summary>
internal static class MembershipChange
{
    public static Organisation? Organisation(CaseEditor editor, PartyId id)
    {
        var path = $"Parties[{id}]";
        if (!editor.Party(id, path))
        {
            return null;
        }

        if (editor.Data.Parties[id] is Organisation organisation)
        {
            return organisation;
        }

        editor.Error(ErrorCodes.NotAnOrganisation, path, $"'{id}' is not an organisation, so it has no members to change.");
        return null;
    }

    public static void Store(CaseEditor editor, Organisation organisation) =>
        editor.Data = editor.Data with { Parties = editor.Data.Parties.SetItem(organisation.Id, organisation) };

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
