using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a statement: what was said, by whom and for which party, to whom and about what.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.IdMissing"/>, <see cref="ErrorCodes.DuplicateEntry"/>, and the warning
/// <see cref="ErrorCodes.StanceWithoutSubject"/> (an acceptance or rejection that names nothing it accepts or rejects).
/// With a case (<see cref="CaseValidation"/>): parties, speaker and subjects resolve; the speaker speaks for their own
/// party (<see cref="ErrorCodes.SpeaksForOtherParty"/>) and within their term
/// (<see cref="ErrorCodes.StatementOutsideTerm"/>, when the statement is certainly outside it); and the demands and
/// documents it is about existed when it was made (<see cref="ErrorCodes.StatementBeforeSubject"/>).</para>
/// <para>When it was said is <see cref="Statement.Made"/>, which the case fills in from the fact; a statement not yet
/// recorded skips the rules of time. Paths start at <c>Statements[id]</c>. The rule set <see cref="SpeakerRules"/>
/// holds the speaker rules alone. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class StatementValidator : AbstractValidator<Statement>
{
    /// <summary>The rule set of the speaker: their party and their term.</summary>
    public const string SpeakerRules = "Speaker";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public StatementValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(s => s.Quote).IsAText("quote");
        RuleFor(s => s.Party).IsAKnownParty();
        RuleFor(s => s.Addressees).AreKnownParties();
        RuleFor(s => s.SharedWith)
            .Must((s, readers) => s.Visibility != Visibility.SharedWithNamedParties || !readers.IsEmpty)
            .WithErrorCode(ErrorCodes.SharedWithNobody)
            .WithMessage("The statement is shared with named parties but names none; list them or make it confidential.")
            .AreKnownParties();
        RuleFor(s => s.About).AreKnownSubjects();

        // A rule of its own: with cascade Stop, a warning in a chain would skip the reference checks after it.
        RuleFor(s => s.About)
            .Must((s, about) => s.Kind is not (StatementKind.Acceptance or StatementKind.Rejection) || about.Items.Any(IsOffer) || !s.Stances.IsEmpty)
            .WithErrorCode(ErrorCodes.StanceWithoutSubject).WithSeverity(Severity.Warning)
            .WithMessage(s => $"The {s.Kind.ToString().ToLowerInvariant()} names no demand, document or proposal, so no position follows from it; say what is {(s.Kind == StatementKind.Acceptance ? "accepted" : "rejected")}.");
        RuleFor(s => s.About).Custom(NotBeforeSubjects);
        RuleFor(s => s.Stances).Custom(CheckStances);
        RuleSet($"default,{SpeakerRules}", () => RuleFor(s => s.Speaker).Custom(SpeaksInOffice));
    }

    /// <summary>Gets the shared instance.</summary>
    public static StatementValidator Instance => Shared<StatementValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Statement> context, ValidationResult result) =>
        context.Enter("Statements", context.InstanceToValidate?.Id.ToString());

    private static bool IsOffer(SubjectRef subject) =>
        subject.IsValid && subject.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal;

    private static void CheckStances(EquatableArray<StanceTaken> stances, ValidationContext<Statement> context)
    {
        var data = context.Data();
        var seen = new HashSet<SubjectRef>();
        for (var i = 0; i < stances.Count; i++)
        {
            // Paths and messages are worded only for a failure: this runs for every statement recorded.
            var stance = stances[i];
            if (!IsOffer(stance.Subject) || stance.Stance == Stance.NoStance)
            {
                context.Error(ErrorCodes.StanceNotOnOffer, Index(i), $"A stance is taken on a demand, document or proposal and is not 'no stance'; '{stance.Subject}' with {stance.Stance} is not one.");
            }
            else if (References.Subject(data, stance.Subject, string.Empty) is { } unresolved)
            {
                unresolved.PropertyName = context.PathTo(Index(i));
                context.AddFailure(unresolved);
            }
            else if (!seen.Add(stance.Subject))
            {
                context.Error(ErrorCodes.DuplicateEntry, Index(i), $"'{stance.Subject}' takes two stances in one statement; give it one.");
            }
        }
    }

    private static bool IsRecorded(Statement statement) => statement.Made != default;

    private static string Index(int i) => $"[{i}]";

    private static void SpeaksInOffice(RepresentativeId? speakerId, ValidationContext<Statement> context)
    {
        if (speakerId is not { } id)
        {
            return;
        }

        var statement = context.InstanceToValidate;
        var data = context.Data();
        if (References.Representative(data, id, context.PathTo(string.Empty)) is { } unresolved)
        {
            context.AddFailure(unresolved);
            return;
        }

        if (data is null)
        {
            return;
        }

        var speaker = data.Representatives[id];
        if (speaker.Party != statement.Party)
        {
            context.Error(ErrorCodes.SpeaksForOtherParty, string.Empty, $"{speaker.Name} speaks for '{speaker.Party}', not for '{statement.Party}'.");
        }

        if (IsRecorded(statement) && speaker.Term.Covers(statement.Made).IsNo)
        {
            var until = speaker.Term.Until is { } last ? Naming.Day(last) : "now";
            context.Error(ErrorCodes.StatementOutsideTerm, string.Empty, $"{speaker.Name} was not {speaker.Office} on {statement.Made} (term {Naming.Day(speaker.Term.From)} to {until}).");
        }
    }

    private static void NotBeforeSubjects(EquatableArray<SubjectRef> about, ValidationContext<Statement> context)
    {
        var statement = context.InstanceToValidate;
        if (!IsRecorded(statement) || context.Data() is not { } data)
        {
            return;
        }

        for (var i = 0; i < about.Count; i++)
        {
            var subject = about[i];
            // What the subject is is worded only for a failure: this runs for every statement recorded.
            var (since, document) = subject switch
            {
                { IsValid: true, Kind: SubjectKind.Demand } when data.DemandLifecycles.TryGetValue(DemandId.FromChecked(subject.Id), out var lifecycle) =>
                    ((Moment?)lifecycle.Tabled, (Document?)null),
                { IsValid: true, Kind: SubjectKind.Document } when data.Documents.TryGetValue(DocumentId.FromChecked(subject.Id), out var presented) =>
                    (presented.HandedOver, presented),
                _ => (null, null),
            };
            if (since is { } existed && statement.Made.IsBefore(existed).IsYes)
            {
                var what = document is null ? $"the demand '{subject.Id}' was tabled" : $"'{document.Title}' was handed over";
                context.Error(ErrorCodes.StatementBeforeSubject, Index(i), $"The statement ({statement.Made}) comes before {what} ({existed}); check both times.");
            }
        }
    }
}
