using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A party sets a deadline.</summary>
/// <remarks>Refused when the id is taken or the <see cref="DeadlineValidator"/> finds an error: the description is blank,
/// the party or subject is unknown, or it falls due before it is set. Equality is by value.</remarks>
public sealed record DeadlineSet : Fact
{
    /// <summary>Gets the deadline.</summary>
    public required Deadline Deadline { get => field; init => field = Guard.NotNull(value, nameof(Deadline)); }

    /// <inheritdoc />
    public override string Describe() => $"{Deadline.SetBy} set a deadline of {Deadline.Due:uuuu-MM-dd}: {Deadline.What}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Deadlines, Deadline.Id, $"Deadlines[{Deadline.Id}]", "deadline");
        check.Validate(DeadlineValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Deadline Stored => Deadline with { Set = Occurred, Extensions = default, Met = null, Closure = null };

    internal override Fact? Redact(Redaction redaction) =>
        Deadline.Subject is { } subject && redaction.Hides(subject) ? this with { Deadline = Deadline with { Subject = null } } : this;
}

/// <summary>A deadline is extended to a later day; the earlier day is kept in its history.</summary>
/// <remarks>Refused when the deadline is unknown or already met, the extension is decided certainly before the deadline
/// was set, or the new day is not after the one in force; recorded with a warning when the day in force had already
/// passed. Equality is by value.</remarks>
public sealed record DeadlineExtended : Fact
{
    /// <summary>Gets the deadline.</summary>
    public required DeadlineId Deadline { get; init; }

    /// <summary>Gets the new last day.</summary>
    public required NodaTime.LocalDate NewDue { get; init => field = IsoDates.Iso(value); }

    /// <summary>Gets the party that extended it, if known.</summary>
    public PartyId? By { get; init; }

    /// <summary>Gets the other parties that extended it together with <see cref="By"/>, if any.</summary>
    public EquatableArray<PartyId> JointlyWith { get; init; }

    /// <summary>Gets the other days the extension grants on a condition; <see cref="NewDue"/> applies when none is met.</summary>
    public EquatableArray<DueBranch> Branches { get; init; }

    /// <summary>Gets how the extended period ends early once the deadline's goal is met, if it does (see
    /// <see cref="DeadlineExtension.EarlyEnd"/>).</summary>
    public EarlyEnd EarlyEnd { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"deadline {Deadline} extended to {NewDue:uuuu-MM-dd}" +
        string.Concat(Branches.Items.Select(b => $" (to {b.Due:uuuu-MM-dd} if {b.Condition} is met)"));

    internal override void Check(FactCheck check)
    {
        if (DeadlineChange.Unmet(check, Deadline, met => $"The deadline '{Deadline}' was met ({met}); it cannot be extended.") is { } d)
        {
            check.Validate(DeadlineValidator.Instance, Extended(d), DeadlineValidator.ExtensionRules);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Extended(evolution.Deadlines[Deadline]));

    private Deadline Extended(Deadline d) => d with { Extensions = d.Extensions.Items.Add(new DeadlineExtension(NewDue, Occurred, By) { JointlyWith = JointlyWith, Branches = Branches, EarlyEnd = EarlyEnd }) };

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>What a deadline required has happened.</summary>
/// <remarks>Refused when the deadline is unknown, already met, or met certainly before it was set. Equality is by
/// value.</remarks>
public sealed record DeadlineMet : Fact
{
    /// <summary>Gets the deadline.</summary>
    public required DeadlineId Deadline { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"deadline {Deadline} met";

    internal override void Check(FactCheck check)
    {
        if (DeadlineChange.Unmet(check, Deadline, met => $"The deadline '{Deadline}' was already met ({met}).") is { } d)
        {
            check.Validate(DeadlineValidator.Instance, d with { Met = Occurred }, DeadlineValidator.MetRules);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(evolution.Deadlines[Deadline] with { Met = Occurred });

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A deadline is closed without being met: events overtook it, or those who set it abandoned it.</summary>
/// <remarks>Refused when the deadline is unknown or already met or closed, the outcome is not
/// <see cref="DeadlineOutcome.Overtaken"/> or <see cref="DeadlineOutcome.Abandoned"/>, or it is closed certainly before it
/// was set. Days in force that had passed before the closure stay missed (<see cref="Deadline.MissedDues(NodaTime.LocalDate)"/>). Equality is
/// by value.</remarks>
public sealed record DeadlineClosed : Fact
{
    /// <summary>Gets the deadline.</summary>
    public required DeadlineId Deadline { get; init; }

    /// <summary>Gets how it ended: overtaken or abandoned.</summary>
    public required DeadlineOutcome Outcome { get; init; }

    /// <summary>Gets why, if reported.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"deadline {Deadline} {Outcome.ToString().ToLowerInvariant()}{(Reason is { } r ? $": {r}" : string.Empty)}";

    internal override void Check(FactCheck check)
    {
        if (DeadlineChange.Unmet(check, Deadline, met => $"The deadline '{Deadline}' was met ({met}); it cannot be closed.") is not { } d)
        {
            return;
        }

        var path = $"Deadlines[{Deadline}]";
        if (d.Closure is { } closure)
        {
            check.Error(ErrorCodes.DeadlineAlreadyMet, path, $"The deadline '{Deadline}' was already closed as {closure.Outcome.ToString().ToLowerInvariant()} ({closure.On}).");
        }
        else if (Outcome is not (DeadlineOutcome.Overtaken or DeadlineOutcome.Abandoned))
        {
            check.Error(ErrorCodes.ClosureNotOvertakenOrAbandoned, path + ".Closure", $"A deadline is closed as overtaken or abandoned, not {Outcome.ToString().ToLowerInvariant()}; record DeadlineMet when it was met, and a missed day follows from the dates.");
        }
        else if (Occurred.IsBefore(d.Set).IsYes)
        {
            check.Error(ErrorCodes.ChangedBeforeSet, path + ".Closure", $"The deadline cannot be closed ({Occurred}) before it was set ({d.Set}); check both times.");
        }
    }

    internal override void Evolve(CaseEvolution evolution) =>
        evolution.Put(evolution.Deadlines[Deadline] with { Closure = new DeadlineClosure(Outcome, Occurred, Reason) });

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>The check every change to a set deadline starts with.</summary>
internal static class DeadlineChange
{
    /// <summary>Gets the deadline if it is known and not yet met; otherwise reports why and returns <see langword="null"/>.</summary>
    public static Deadline? Unmet(FactCheck check, DeadlineId id, Func<Moment, string> alreadyMet)
    {
        var path = $"Deadlines[{id}]";
        if (!check.Deadline(id, path))
        {
            return null;
        }

        var deadline = check.Data.Deadlines[id];
        if (deadline.Met is { } met)
        {
            check.Error(ErrorCodes.DeadlineAlreadyMet, path, alreadyMet(met));
            return null;
        }

        return deadline;
    }
}
