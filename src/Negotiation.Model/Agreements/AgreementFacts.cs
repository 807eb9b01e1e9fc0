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

    private Agreement Stored => Agreement with { Steps = default };

    internal override Fact? Redact(Redaction redaction)
    {
        if (!redaction.Hides(Agreement.Text))
        {
            return this;
        }

        redaction.Hide(Agreement.Id);
        return null;
    }
}

/// <summary>A step in an agreement's life is taken, on the day <see cref="Fact.Occurred"/> names.</summary>
/// <remarks>Refused when the agreement is unknown, the step is not dated to the day, a per-party step names no party or a
/// party not party to the agreement, a party signs or ratifies twice, or ratifies before it signs. Equality is by value.</remarks>
public sealed record AgreementStepTaken : Fact
{
    /// <summary>Gets the agreement.</summary>
    public required AgreementId Agreement { get; init; }

    /// <summary>Gets the step.</summary>
    public required AgreementStepKind Step { get; init; }

    /// <summary>Gets the party that takes the step, for per-party steps (initialling, signature, ratification, withdrawal).</summary>
    public PartyId? Party { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Step} of {Agreement}{(Party is { } p ? $" by {p}" : string.Empty)}";

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

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Taken(evolution.Data.Agreements[Agreement]));

    private Agreement Taken(Agreement agreement) =>
        agreement with { Steps = agreement.Steps.Items.Add(new AgreementStep(Step, Occurred.EarliestDate, Party)) };

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Agreement) ? null : this;
}
