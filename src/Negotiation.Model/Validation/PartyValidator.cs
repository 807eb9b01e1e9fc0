using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a party: a state, an organisation with its membership periods, or a named group.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.NameRequired"/>, <see cref="ErrorCodes.NameTooLong"/>,
/// <see cref="ErrorCodes.InvalidIsoCode"/> (two uppercase letters), <see cref="ErrorCodes.OrganisationIsOwnMember"/>,
/// <see cref="ErrorCodes.MembershipEndsBeforeStart"/>, <see cref="ErrorCodes.MembershipPeriodsOverlap"/>,
/// <see cref="ErrorCodes.GroupEmpty"/>, <see cref="ErrorCodes.GroupIsOwnMember"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): members resolve
/// (<see cref="ErrorCodes.UnknownParty"/>), an organisation's member is not a named group
/// (<see cref="ErrorCodes.MemberIsGroup"/>), no other state has the same ISO code
/// (<see cref="ErrorCodes.DuplicateIsoCode"/>), and an organisation is part of a registered state or organisation other
/// than itself (<see cref="ErrorCodes.UnknownParty"/>, <see cref="ErrorCodes.PartOfItself"/>,
/// <see cref="ErrorCodes.PartOfGroup"/>).</para>
/// <para>Paths start at <c>Parties[id]</c>. The rule set <see cref="MembershipRules"/> holds the membership rules alone.
/// Stateless and thread-safe: use <see cref="Instance"/>, or register it as a singleton.</para>
/// </remarks>
public sealed class PartyValidator : AbstractValidator<Party>
{
    /// <summary>The rule set of an organisation's membership periods.</summary>
    public const string MembershipRules = "Memberships";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public PartyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Name).IsAName();

        When(p => p is State, () =>
            RuleFor(p => ((State)p).IsoCode)
                .Must(IsIsoCode).WithErrorCode(ErrorCodes.InvalidIsoCode)
                .WithMessage(p => $"'{((State)p).IsoCode}' is not an ISO 3166-1 alpha-2 code; use two uppercase letters such as 'RU'.")
                .Custom(UniqueIsoCode));

        RuleSet("default," + MembershipRules, () =>
            When(p => p is Organisation, () => RuleFor(p => ((Organisation)p).Memberships).Custom(CheckMemberships)));

        When(p => p is Organisation { PartOf: not null }, () =>
            RuleFor(p => ((Organisation)p).PartOf).Custom((whole, context) => CheckPartOf(whole!.Value, context)));

        When(p => p is PartyGroup, () =>
            RuleFor(p => ((PartyGroup)p).Members)
                .HasItems().WithErrorCode(ErrorCodes.GroupEmpty).WithMessage("A group needs at least one member; name the states it stands for.")
                .Custom(CheckGroupMembers));
    }

    /// <summary>Gets the shared instance.</summary>
    public static PartyValidator Instance => Shared<PartyValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Party> context, ValidationResult result) =>
        context.Enter("Parties", context.InstanceToValidate?.Id.ToString());

    private static bool IsIsoCode(string code) =>
        code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    private static void UniqueIsoCode(string code, ValidationContext<Party> context)
    {
        var state = context.InstanceToValidate;
        if (context.Data() is { } data && data.Indexes.StatesByIsoCode.TryGetValue(code, out var other) && other != state.Id)
        {
            context.Error(ErrorCodes.DuplicateIsoCode, string.Empty, $"'{code}' is already the code of {Naming.Party(data, other)} ('{other}'); a state is registered once.");
        }
    }

    private static void CheckMemberships(EquatableArray<Membership> memberships, ValidationContext<Party> context)
    {
        var organisation = context.InstanceToValidate.Id;
        var data = context.Data();

        // Each member's earlier periods, so a period is compared with its own member's only: linear in the list, not
        // quadratic (an organisation of 100,000 members took half a minute).
        var periodsOf = new Dictionary<PartyId, List<int>>();
        for (var i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (!periodsOf.TryGetValue(m.Member, out var earlier))
            {
                periodsOf.Add(m.Member, earlier = []);
            }

            CheckPeriod(data, organisation, memberships.Items, i, m, earlier, context.PathTo($"[{i}]"), context.AddFailure);
            earlier.Add(i);
        }
    }

    /// <summary>The rules of one membership period: its member exists, is neither the organisation nor a group, and the
    /// period ends after it starts and overlaps none of the member's <paramref name="earlier"/> periods.</summary>
    /// <remarks>Shared by the rule over the whole list and by <see cref="MembershipBegan"/>, which checks only the period it
    /// appends, against its member's periods found through the case's index: O(change), not O(members).</remarks>
    /// <param name="data">The case, if the validation runs against one.</param>
    /// <param name="organisation">The organisation.</param>
    /// <param name="memberships">The organisation's periods <paramref name="earlier"/> points into.</param>
    /// <param name="i">The period's position in the list.</param>
    /// <param name="m">The period.</param>
    /// <param name="earlier">The positions of the member's earlier periods.</param>
    /// <param name="path">The full path of the period.</param>
    /// <param name="add">Receives each failure.</param>
    internal static void CheckPeriod(CaseData? data, PartyId organisation, IReadOnlyList<Membership> memberships, int i, Membership m, IEnumerable<int> earlier, string path, Action<ValidationFailure> add)
    {
        if (m.Member == organisation)
        {
            add(Failures.Error(ErrorCodes.OrganisationIsOwnMember, path + ".Member", $"'{organisation}' is listed as its own member; remove it."));
        }
        else if (References.Party(data, m.Member, path + ".Member") is { } unresolved)
        {
            add(unresolved);
        }
        else if (data is not null && data.Parties[m.Member] is PartyGroup)
        {
            add(Failures.Error(ErrorCodes.MemberIsGroup, path + ".Member", $"'{m.Member}' is a named group; list its states as members instead."));
        }

        if (m.Left is { } left && left <= m.Joined)
        {
            add(Failures.Error(ErrorCodes.MembershipEndsBeforeStart, path, $"The membership of '{m.Member}' ends ({Naming.Day(left)}) on or before it starts ({Naming.Day(m.Joined)})."));
        }

        foreach (var j in earlier)
        {
            if (memberships[j].Overlaps(m))
            {
                add(Failures.Error(ErrorCodes.MembershipPeriodsOverlap, path, $"Two membership periods of '{m.Member}' overlap (entries {j} and {i}); merge them."));
            }
        }
    }

    private static void CheckPartOf(PartyId whole, ValidationContext<Party> context)
    {
        var part = context.InstanceToValidate.Id;
        var data = context.Data();
        if (whole == part)
        {
            context.Error(ErrorCodes.PartOfItself, string.Empty, $"'{part}' is named as part of itself; name the party it is a body or unit of, or none.");
        }
        else if (References.Party(data, whole, context.PathTo(string.Empty)) is { } unresolved)
        {
            context.AddFailure(unresolved);
        }
        else if (data is not null && data.Parties[whole] is PartyGroup)
        {
            context.Error(ErrorCodes.PartOfGroup, string.Empty, $"'{whole}' is a named group, which has no bodies; name the state or organisation '{part}' belongs to.");
        }
    }

    private static void CheckGroupMembers(EquatableArray<PartyId> members, ValidationContext<Party> context)
    {
        var group = context.InstanceToValidate.Id;
        var data = context.Data();
        context.EachReference(members, (member, path) => member == group
            ? Failures.Error(ErrorCodes.GroupIsOwnMember, path, $"The group '{group}' lists itself as a member; list the states it stands for.")
            : References.Party(data, member, path));
    }
}
