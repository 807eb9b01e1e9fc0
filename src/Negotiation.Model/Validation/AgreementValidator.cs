using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates an agreement: its text, its parties and the steps they have taken.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.AgreementWithoutParties"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>, and for the steps, in order: <see cref="ErrorCodes.StepWithoutParty"/>,
/// <see cref="ErrorCodes.StepByNonParty"/>, <see cref="ErrorCodes.StepRepeated"/> (a second initialling, signature or
/// consent by one party, unless it gave notice of withdrawal in between; a second adoption), <see cref="ErrorCodes.RatifiedBeforeSigned"/>
/// (not when signatures of unnamed parties were recorded before: the party may be among them),
/// <see cref="ErrorCodes.StepCountInvalid"/>; for the milestones: <see cref="ErrorCodes.UnknownMilestone"/>,
/// <see cref="ErrorCodes.MilestoneCycle"/>. With a case (<see cref="CaseValidation"/>):
/// the text and the parties resolve (<see cref="ErrorCodes.UnknownDocument"/>, <see cref="ErrorCodes.UnknownParty"/>), and
/// so do the deadlines the milestone rules read (<see cref="ErrorCodes.UnknownDeadline"/>, at <c>EntryIntoForce</c> or
/// <c>Milestones[i]</c>).</para>
/// <para>Step failures are reported at <c>Agreements[id].Steps</c>, with the step named in the message. The rule set
/// <see cref="StepRules"/> holds the step rules alone. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class AgreementValidator : AbstractValidator<Agreement>
{
    /// <summary>The rule set of the steps.</summary>
    public const string StepRules = "Steps";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public AgreementValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.Text).IsAKnownDocument();
        RuleFor(a => a.Parties)
            .HasItems().WithErrorCode(ErrorCodes.AgreementWithoutParties).WithMessage("The agreement names no party; name the parties to it.")
            .AreKnownParties();
        RuleFor(a => a.Milestones).Custom(CheckMilestones);
        RuleFor(a => a).Custom(CheckDeadlines);
        RuleSet($"default,{StepRules}", () => RuleFor(a => a.Steps).Custom(CheckSteps));
    }

    /// <summary>Gets the shared instance.</summary>
    public static AgreementValidator Instance => Shared<AgreementValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Agreement> context, ValidationResult result) =>
        context.Enter("Agreements", context.InstanceToValidate?.Id.ToString());

    private static void CheckSteps(EquatableArray<AgreementStep> steps, ValidationContext<Agreement> context)
    {
        var agreement = context.InstanceToValidate;
        var taken = new HashSet<(PartyId, AgreementStepKind)>();
        var adopted = false;
        var unnamedSignatures = false;
        foreach (var step in steps)
        {
            unnamedSignatures |= step.Kind == AgreementStepKind.Signature && step.Party is null && step.Count > 1;
            if (step.Count < 1 || (step.Count > 1 && step.Party is not null) || (step.Count > 1 && !step.Kind.IsPerParty()))
            {
                context.Error(ErrorCodes.StepCountInvalid, string.Empty, $"The {step.Kind} counts {step.Count} parties; count at least one, and more than one only for a party's own step that names no party.");
            }

            if (step.Tally is { } tally && (tally.Parties < 0 || tally.Share is < 0 or > 100))
            {
                context.Error(ErrorCodes.StepCountInvalid, string.Empty, $"The tally after the {step.Kind} ({tally.Parties} parties, {tally.Share} %) is out of range: parties from 0, a share from 0 to 100.");
            }

            if (step.Kind == AgreementStepKind.MutualConsent && step.Milestone is null)
            {
                context.Error(ErrorCodes.StepWithoutParty, string.Empty, "A mutual consent brings a milestone forward; name the milestone.");
            }

            if (step.Kind == AgreementStepKind.Adoption && (agreement.Adopted is { } day && day != step.On || adopted))
            {
                context.Error(ErrorCodes.StepRepeated, string.Empty, $"'{agreement.Id}' was already adopted.");
            }

            adopted |= step.Kind == AgreementStepKind.Adoption;
            if (step.Kind.IsPerParty() && step.Party is null && step.Count == 1)
            {
                context.Error(ErrorCodes.StepWithoutParty, string.Empty, $"A {step.Kind} is taken by a party; name it (or count the parties that took it together).");
            }

            if (step.Party is not { } party)
            {
                continue;
            }

            var kind = step.Kind.IsConsent() ? AgreementStepKind.Ratification : step.Kind;
            var once = kind is AgreementStepKind.Signature or AgreementStepKind.Ratification or AgreementStepKind.Initialling;
            if (!agreement.Parties.Contains(party))
            {
                context.Error(ErrorCodes.StepByNonParty, string.Empty, $"'{party}' is not a party to '{agreement.Id}'.");
            }
            else if (once && !taken.Add((party, kind)))
            {
                context.Error(ErrorCodes.StepRepeated, string.Empty, $"'{party}' already took the step {step.Kind}.");
            }
            else if (step.Kind == AgreementStepKind.Ratification && !taken.Contains((party, AgreementStepKind.Signature)) && !unnamedSignatures)
            {
                context.Error(ErrorCodes.RatifiedBeforeSigned, string.Empty, $"'{party}' ratifies '{agreement.Id}' before signing it; record the signature first (or record an acceptance, approval or accession).");
            }
            else if (step.Kind == AgreementStepKind.WithdrawalNotice)
            {
                // A party that withdrew may consent again later (and withdraw again).
                taken.Remove((party, AgreementStepKind.Ratification));
            }
        }
    }

    private static void CheckMilestones(EquatableArray<Milestone> milestones, ValidationContext<Agreement> context)
    {
        var agreement = context.InstanceToValidate;
        var kinds = new HashSet<MilestoneKind> { MilestoneKind.EntryIntoForce };
        foreach (var milestone in milestones)
        {
            if (milestone.Kind == MilestoneKind.Adoption || !kinds.Add(milestone.Kind))
            {
                context.Error(ErrorCodes.DuplicateEntry, string.Empty, $"The milestone {milestone.Kind} is given twice (entry into force by EntryIntoForce, adoption by the facts); give each once.");
            }
        }

        foreach (var kind in kinds)
        {
            foreach (var referred in agreement.RuleFor(kind)!.Refers())
            {
                if (referred != MilestoneKind.Adoption && !kinds.Contains(referred))
                {
                    context.Error(ErrorCodes.UnknownMilestone, string.Empty, $"The rule of {kind} refers to {referred}, which '{agreement.Id}' does not define; add it to the milestones.");
                }
            }

            if (Reaches(agreement, kind, kind, []))
            {
                context.Error(ErrorCodes.MilestoneCycle, string.Empty, $"The rule of {kind} refers back to itself through other milestones; one of them must be dated otherwise.");
            }
        }
    }

    // A rule reads a deadline's day in force, so the deadline is set before the text that refers to it ("the period as
    // extended" exists when the agreement does); unlike a development, which a rule may await.
    private static void CheckDeadlines(Agreement agreement, ValidationContext<Agreement> context)
    {
        var data = context.Data();
        foreach (var deadline in agreement.EntryIntoForce.Deadlines())
        {
            context.Add(References.Deadline(data, deadline, context.PathTo("EntryIntoForce")));
        }

        for (var i = 0; i < agreement.Milestones.Count; i++)
        {
            foreach (var deadline in agreement.Milestones[i].Rule.Deadlines())
            {
                context.Add(References.Deadline(data, deadline, context.PathTo($"Milestones[{i}]")));
            }
        }
    }

    private static bool Reaches(Agreement agreement, MilestoneKind from, MilestoneKind target, HashSet<MilestoneKind> seen)
    {
        foreach (var next in agreement.RuleFor(from)?.Refers() ?? [])
        {
            if (next == target || (seen.Add(next) && Reaches(agreement, next, target, seen)))
            {
                return true;
            }
        }

        return false;
    }
}
