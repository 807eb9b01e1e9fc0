namespace Negotiation.Model;

/// <summary>A party or a person takes a role in the negotiation as a whole: mediator, facilitator, host, observer, chair,
/// or the coordinator of a group.</summary>
/// <remarks>Refused when the role names neither a party nor a person, or both (<see cref="ErrorCodes.RoleWithoutHolder"/>),
/// names someone unknown, or the holder already holds the same role for the same group
/// (<see cref="ErrorCodes.RoleAlreadyHeld"/>). Several holders may hold one role at once (co-coordinators, several
/// observers): a change of coordinator is the old one's <see cref="RoleLeft"/> and the new one's
/// <see cref="RoleTaken"/>. Equality is by value.</remarks>
public sealed record RoleTaken : Fact
{
    /// <summary>Gets the role, its holder and the group it is held for, if any.</summary>
    public required RoundRole Role { get => field; init => field = Guard.NotNull(value, nameof(Role)); }

    /// <inheritdoc />
    public override string Describe() => $"{RoleText.Of(Role)} takes the role";

    internal override void Check(FactCheck check)
    {
        if (!RoleChecks.Holder(check, Role))
        {
            return;
        }

        if (RoleChecks.Open(check.Data.Roles, Role) is { } held)
        {
            check.Error(ErrorCodes.RoleAlreadyHeld, RoleChecks.Path(Role), $"{RoleText.Of(Role)} already holds the role since {check.Data.Roles[held].Began}; record a RoleLeft first.");
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(evolution.Roles.Count, new RoleTenure(Role, Occurred));

    /// <remarks>A role names parties and people only, which no party is kept from knowing.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A party or a person leaves a role in the negotiation as a whole (a coordinator hands over to the next).</summary>
/// <remarks>Refused when the holder does not hold the role then (<see cref="ErrorCodes.RoleNotHeld"/>): never took it,
/// left it already, or took it only after this date. Equality is by value.</remarks>
public sealed record RoleLeft : Fact
{
    /// <summary>Gets the role, its holder and the group it is held for, if any, as when it was taken.</summary>
    public required RoundRole Role { get => field; init => field = Guard.NotNull(value, nameof(Role)); }

    /// <inheritdoc />
    public override string Describe() => $"{RoleText.Of(Role)} leaves the role";

    internal override void Check(FactCheck check)
    {
        if (!RoleChecks.Holder(check, Role))
        {
            return;
        }

        if (RoleChecks.Open(check.Data.Roles, Role) is not { } held)
        {
            check.Error(ErrorCodes.RoleNotHeld, RoleChecks.Path(Role), $"{RoleText.Of(Role)} does not hold the role; a holder leaves only a role taken and not yet left.");
        }
        else if (Occurred.IsBefore(check.Data.Roles[held].Began).IsYes)
        {
            check.Error(ErrorCodes.RoleNotHeld, RoleChecks.Path(Role), $"{RoleText.Of(Role)} cannot leave the role ({Occurred}) before taking it ({check.Data.Roles[held].Began}); check both times.");
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var held = RoleChecks.Open(evolution.Roles, Role)!.Value;
        evolution.Put(held, evolution.Roles[held] with { Ended = Occurred });
    }

    /// <remarks>A role names parties and people only, which no party is kept from knowing.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>Checks shared by the role facts.</summary>
internal static class RoleChecks
{
    public static string Path(RoundRole role) => $"Roles[{role.Kind.ToString().ToLowerInvariant()}]";

    /// <summary>Checks the role names exactly one known holder and a known group.</summary>
    public static bool Holder(FactCheck check, RoundRole role)
    {
        var path = Path(role);
        if (role.Party is null == role.Person is null)
        {
            check.Error(ErrorCodes.RoleWithoutHolder, path, $"The {role.Kind.ToString().ToLowerInvariant()} role names {(role.Party is null ? "no holder" : "both a party and a person")}; name either the party or the person who holds it.");
            return false;
        }

        var known = role.Party is { } party ? check.Party(party, path + ".Party") : check.Representative(role.Person!.Value, path + ".Person");
        return (role.For is not { } group || check.Party(group, path + ".For")) && known;
    }

    /// <summary>Gets the index of the holder's open tenure of the role, if any.</summary>
    public static int? Open(IReadOnlyList<RoleTenure> roles, RoundRole role)
    {
        for (var i = roles.Count - 1; i >= 0; i--)
        {
            if (roles[i].IsCurrent && roles[i].Role == role)
            {
                return i;
            }
        }

        return null;
    }
}
