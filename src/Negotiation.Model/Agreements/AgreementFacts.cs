using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>Parties accept a text as an agreement whose lifecycle the case follows.</summary>
/// <remarks>Refused when the id is taken or the <see cref="AgreementValidator"/> finds an error: the text document or a
/// party is unknown, or it names no party. Equality is by value.</remarks>
public sealed record AgreementAdopted : Fact
{
    /// <summary>Gets the agreement.</summary>
    public required Agreement Agreement { get => field; init => field = Guard.NotNull(value, nameof(Agreement)); }

    /// <inheritdoc />
    public override string Describe() => $"agreement {Agreement.Id} on the text {Agreement.Text} adopted by {Agreement.Parties}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Agreements, Agreement.Id, $"Agreements[{Agreement.Id}]", "agreement");
        check.Validate(AgreementValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Agreement Stored => Agreement with { Steps = default, Adopted = Occurred.EarliestDate };

    internal override Fact? Redact(Redaction redaction) => AgreementRedaction.Redact(this, Agreement, redaction);
}

/// <summary>Parties record a draft agreement whose lifecycle the case follows (endorsement, signature, rejection…)
/// without its being adopted: a text that was never adopted or signed keeps <see cref="Agreement.Adopted"/> empty until
/// an <see cref="AgreementStepKind.Adoption"/> step.</summary>
/// <remarks>Refused when the id is taken or the <see cref="AgreementValidator"/> finds an error, as for
/// <see cref="AgreementAdopted"/>. Equality is by value.</remarks>
public sealed record AgreementDrafted : Fact
{
    /// <summary>Gets the agreement.</summary>
    public required Agreement Agreement { get => field; init => field = Guard.NotNull(value, nameof(Agreement)); }

    /// <inheritdoc />
    public override string Describe() => $"draft agreement {Agreement.Id} on the text {Agreement.Text} between {Agreement.Parties}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Agreements, Agreement.Id, $"Agreements[{Agreement.Id}]", "agreement");
        check.Validate(AgreementValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Agreement Stored => Agreement with { Steps = default, Adopted = null };

    internal override Fact? Redact(Redaction redaction) => AgreementRedaction.Redact(this, Agreement, redaction);
}

/// <summary>How a fact that creates an agreement is restated for a party that may not see its text.</summary>
internal static class AgreementRedaction
{
    public static Fact? Redact(Fact fact, Agreement agreement, Redaction redaction)
    {
        if (!redaction.Hides(agreement.Text))
        {
            return fact;
        }

        redaction.Hide(agreement.Id);
        return null;
    }
}

/// <summary>A step in an agreement's life is taken, on the day <see cref="Fact.Occurred"/> names.</summary>
/// <remarks>Refused when the agreement is unknown, the step is not dated to the day, a per-party step names no party (nor
/// counts several unnamed ones) or a party not party to the agreement, a party signs or consents twice (unless it gave
/// notice of withdrawal in between), ratifies before it signs, a text is adopted twice, a mutual consent names no
/// milestone, or the count or tally is out of range. Equality is by value.</remarks>
public sealed record AgreementStepTaken : Fact
{
    /// <summary>Gets the agreement.</summary>
    public required AgreementId Agreement { get; init; }

    /// <summary>Gets the step.</summary>
    public required AgreementStepKind Step { get; init; }

    /// <summary>Gets the party that takes the step, for per-party steps (initialling, signature, consent, withdrawal,
    /// rejection) that name their party.</summary>
    public PartyId? Party { get; init; }

    /// <summary>Gets how many parties took the step together when they are not named one by one (then
    /// <see cref="Party"/> is empty); one otherwise.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Gets the totals reported after the step, if any.</summary>
    public StepTally? Tally { get; init; }

    /// <summary>Gets the milestone a <see cref="AgreementStepKind.MutualConsent"/> step brings forward.</summary>
    public MilestoneKind? Milestone { get; init; }

    /// <inheritdoc />
    public override string Describe() =>
        $"{Step} of {Agreement}{(Party is { } p ? $" by {p}" : Count > 1 ? $" by {Count} parties" : string.Empty)}{(Milestone is { } m ? $" ({m})" : string.Empty)}";

    internal override void Check(FactCheck check)
    {
        var path = $"Agreements[{Agreement}].Steps";
        if (!check.Agreement(Agreement, $"Agreements[{Agreement}]"))
        {
            return;
        }

        if (!Occurred.Window.IsExactDay)
        {
            check.Error(ErrorCodes.StepNotDatedToTheDay, path, $"The {Step} is dated {Occurred}; milestones are computed from days, so date the step to the day.");
            return;
        }

        check.Validate(AgreementValidator.Instance, Taken(check.Data.Agreements[Agreement]), AgreementValidator.StepRules);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Taken(evolution.Agreements[Agreement]));

    private Agreement Taken(Agreement agreement) => agreement with
    {
        Steps = agreement.Steps.Items.Add(new AgreementStep(Step, Occurred.EarliestDate, Party) { Count = Count, Tally = Tally, Milestone = Milestone }),
        Adopted = Step == AgreementStepKind.Adoption && agreement.Adopted is null ? Occurred.EarliestDate : agreement.Adopted,
    };

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Agreement) ? null : this;
}
