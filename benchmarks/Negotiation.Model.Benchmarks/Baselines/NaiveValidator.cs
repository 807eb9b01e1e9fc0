using FluentValidation;
using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>
/// Full validation of a <see cref="NaiveCase"/> with FluentValidation, one validator per concept plus case-wide rules,
/// as the design asks of the library's <c>Validate()</c>: every reference resolves, ids are unique, bilateral means two
/// sides, preconditions refer to known things and have no cycles, held rounds met their preconditions, statements fall
/// within the speaker's term, broken commitments are warnings. Aligned with the library's validators
/// (<c>NegotiationCase.Validate()</c>) to the same kinds of rule: every entity's references and invariants, ids present,
/// actual times that match a round's status, delegates in office, stances about something, and every logged fact's
/// source and times (the library validates the whole log too). Left out: agreements (the naive case has none, and the
/// generated cases record none) and a few wording-only differences; error codes are the library's.
/// </summary>
/// <remarks>The validators are cached (built once); the lookups every rule needs are built once per run, in
/// <see cref="PreValidate"/>, so a run is linear in the size of the case.</remarks>
public sealed class NaiveValidator : AbstractValidator<NaiveCase>
{
    private const string IndexKey = "index";

    private NaiveValidator()
    {
        RuleFor(c => c).Custom((c, ctx) =>
        {
            foreach (var duplicate in Ix(ctx).Duplicates)
            {
                ctx.AddFailure(new ValidationFailure(duplicate, $"The id '{duplicate}' is used twice.") { ErrorCode = ErrorCodes.DuplicateId });
            }
        });
        RuleForEach(c => c.Parties).SetInheritanceValidator(v =>
        {
            v.Add(new StateValidator());
            v.Add(new OrganisationValidator());
            v.Add(new GroupValidator());
        });
        RuleForEach(c => c.Representatives).SetValidator(new RepresentativeValidator());
        RuleForEach(c => c.Topics).SetValidator(new TopicValidator());
        RuleForEach(c => c.Demands).SetValidator(new DemandValidator());
        RuleForEach(c => c.Proposals).SetValidator(new ProposalValidator());
        RuleForEach(c => c.Documents).SetValidator(new DocumentValidator());
        RuleForEach(c => c.Rounds).SetValidator(new RoundValidator());
        RuleForEach(c => c.Commitments).SetValidator(new CommitmentValidator());
        RuleForEach(c => c.Statements).SetValidator(new StatementValidator());
        RuleForEach(c => c.Deadlines).SetValidator(new DeadlineValidator());
        RuleForEach(c => c.Developments).SetValidator(new DevelopmentValidator());
        RuleForEach(c => c.Log).SetValidator(new LoggedFactValidator());
        RuleFor(c => c).Custom((c, ctx) => PreconditionGraph(Ix(ctx), ctx));
        RuleFor(c => c).Custom((c, ctx) => Commitments(c, Ix(ctx), ctx));
    }

    public static NaiveValidator Instance { get; } = new();

    protected override bool PreValidate(ValidationContext<NaiveCase> context, ValidationResult result)
    {
        context.RootContextData[IndexKey] = new NaiveIndex(context.InstanceToValidate);
        return true;
    }

    internal static NaiveIndex Ix<T>(ValidationContext<T> context) => (NaiveIndex)context.RootContextData[IndexKey];

    private static void PreconditionGraph(NaiveIndex ix, ValidationContext<NaiveCase> ctx)
    {
        // Depth-first search for cycles in "round A requires round B".
        var state = new Dictionary<RoundId, int>();
        foreach (var round in ix.Rounds.Keys)
        {
            if (Cycle(round))
            {
                ctx.AddFailure(new ValidationFailure($"Rounds[{round}].Precondition", "The preconditions form a cycle.") { ErrorCode = ErrorCodes.PreconditionCycle });
            }
        }

        bool Cycle(RoundId id)
        {
            if (state.TryGetValue(id, out var s))
            {
                return s == 1;
            }

            state[id] = 1;
            var found = ix.Rounds.TryGetValue(id, out var round) && round.Plan.Precondition is { } p && p.RequiredRounds().Any(Cycle);
            state[id] = 2;
            return found;
        }
    }

    private static void Commitments(NaiveCase c, NaiveIndex ix, ValidationContext<NaiveCase> ctx)
    {
        foreach (var round in c.Rounds)
        {
            if (round.Status == RoundStatus.Cancelled)
            {
                continue;
            }

            foreach (var commitment in c.Commitments)
            {
                if (RoundRules.Breaks(round.Plan, commitment, ix.Topics, ix.Demands))
                {
                    ctx.AddFailure(new ValidationFailure($"Rounds[{round.Id}]", $"The round breaks the commitment '{commitment.Id}'.")
                    {
                        ErrorCode = ErrorCodes.CommitmentBroken,
                        Severity = Severity.Warning,
                    });
                }
            }
        }
    }

    private static IRuleBuilderOptions<T, PartyId> KnownParty<T>(IRuleBuilder<T, PartyId> rule) =>
        rule.Must((_, id, ctx) => id.IsValid && Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty).WithMessage("No party '{PropertyValue}' is known.");

    private static IRuleBuilderOptions<T, TopicId> KnownTopic<T>(IRuleBuilder<T, TopicId> rule) =>
        rule.Must((_, id, ctx) => id.IsValid && Ix(ctx).Topics.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownTopic).WithMessage("No topic '{PropertyValue}' is known.");

    private static IRuleBuilderOptions<T, SubjectRef> KnownSubject<T>(IRuleBuilder<T, SubjectRef> rule) =>
        rule.Must((_, s, ctx) => s.IsValid && Ix(ctx).Knows(s)).WithErrorCode(ErrorCodes.UnknownStatement).WithMessage("'{PropertyValue}' is not known.");

    private static IRuleBuilderOptions<T, string> Name<T>(IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithErrorCode(ErrorCodes.NameRequired).MaximumLength(200).WithErrorCode(ErrorCodes.NameTooLong);

    private static IRuleBuilderOptions<T, string> Body<T>(IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithErrorCode(ErrorCodes.TextRequired).MaximumLength(20_000).WithErrorCode(ErrorCodes.TextTooLong);

    private static IRuleBuilderOptions<T, bool> Id<T>(IRuleBuilder<T, bool> rule) =>
        rule.Equal(true).WithErrorCode(ErrorCodes.IdMissing).WithMessage("The id is missing.");

    /// <summary>Every logged fact: its source names an outlet, and it is neither recorded nor reported before it happened.</summary>
    private sealed class LoggedFactValidator : AbstractValidator<Fact>
    {
        public LoggedFactValidator()
        {
            RuleFor(f => f.Source.Outlet).NotEmpty().WithErrorCode(ErrorCodes.SourceRequired).MaximumLength(200).WithErrorCode(ErrorCodes.NameTooLong);
            RuleFor(f => f.Recorded)
                .Must((f, recorded) => f.Occurred.Instant is { } happened ? recorded >= happened : recorded.InUtc().Date >= f.Occurred.EarliestDate)
                .WithErrorCode(ErrorCodes.RecordedBeforeOccurred);
            RuleFor(f => f.Source.ReportedOn).Must((f, reportedOn) => reportedOn >= f.Occurred.EarliestDate).WithErrorCode(ErrorCodes.ReportedBeforeOccurred);
        }
    }

    private sealed class StateValidator : AbstractValidator<State>
    {
        public StateValidator()
        {
            Id(RuleFor(s => s.Id.IsValid));
            Name(RuleFor(s => s.Name));
            RuleFor(s => s.IsoCode).Matches("^[A-Z]{2}$").WithErrorCode(ErrorCodes.InvalidIsoCode);
        }
    }

    private sealed class OrganisationValidator : AbstractValidator<Organisation>
    {
        public OrganisationValidator()
        {
            Id(RuleFor(o => o.Id.IsValid));
            Name(RuleFor(o => o.Name));
            RuleForEach(o => o.Memberships).Custom((m, ctx) =>
            {
                var organisation = ctx.InstanceToValidate;
                var ix = Ix(ctx);
                if (m.Member == organisation.Id || !ix.Parties.TryGetValue(m.Member, out var member) || member is PartyGroup)
                {
                    ctx.AddFailure(new ValidationFailure("Member", $"'{m.Member}' cannot be a member.") { ErrorCode = ErrorCodes.MemberIsGroup });
                }

                if (m.Left is { } left && left <= m.Joined)
                {
                    ctx.AddFailure(new ValidationFailure("Left", "The membership ends before it starts.") { ErrorCode = ErrorCodes.MembershipEndsBeforeStart });
                }
            });
            RuleFor(o => o.Memberships)
                .Must(ms => !ms.GroupBy(m => m.Member).Any(g => g.Count() > 1 && g.SelectMany((a, i) => g.Skip(i + 1), (a, b) => (a, b)).Any(p => p.a.Overlaps(p.b))))
                .WithErrorCode(ErrorCodes.MembershipPeriodsOverlap);
        }
    }

    private sealed class GroupValidator : AbstractValidator<PartyGroup>
    {
        public GroupValidator()
        {
            Id(RuleFor(g => g.Id.IsValid));
            Name(RuleFor(g => g.Name));
            RuleFor(g => g.Members).Must((g, m) => !m.Contains(g.Id)).WithErrorCode(ErrorCodes.GroupIsOwnMember);
            RuleFor(g => g.Members).NotEmpty().WithErrorCode(ErrorCodes.GroupEmpty);
            RuleForEach(g => g.Members).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
        }
    }

    private sealed class RepresentativeValidator : AbstractValidator<Representative>
    {
        public RepresentativeValidator()
        {
            Id(RuleFor(r => r.Id.IsValid));
            Name(RuleFor(r => r.Name));
            Name(RuleFor(r => r.Office));
            KnownParty(RuleFor(r => r.Party));
            RuleFor(r => r.Term).Must(t => t.Until is not { } until || until >= t.From).WithErrorCode(ErrorCodes.TermEndsBeforeStart);
        }
    }

    private sealed class TopicValidator : AbstractValidator<Topic>
    {
        public TopicValidator()
        {
            Id(RuleFor(t => t.Id.IsValid));
            Name(RuleFor(t => t.Name));
            RuleFor(t => t.Broader).Must((t, b) => b != t.Id).WithErrorCode(ErrorCodes.TopicIsOwnBroader);
            RuleFor(t => t.Broader).Must((t, broader, ctx) => broader is not { } b || (b != t.Id && Ix(ctx).Topics.ContainsKey(b))).WithErrorCode(ErrorCodes.UnknownTopic);
        }
    }

    private sealed class DemandValidator : AbstractValidator<NaiveDemand>
    {
        public DemandValidator()
        {
            Id(RuleFor(d => d.Id.IsValid));
            Body(RuleFor(d => d.Demand.Text));
            KnownParty(RuleFor(d => d.Demand.Author));
            RuleFor(d => d.Demand.Addressees).NotEmpty().WithErrorCode(ErrorCodes.NoAddressee)
                .Must((d, a) => !a.Contains(d.Demand.Author)).WithErrorCode(ErrorCodes.AuthorAmongAddressees)
                .Must(a => a.Distinct().Count() == a.Count).WithErrorCode(ErrorCodes.DuplicateEntry);
            RuleForEach(d => d.Demand.Addressees).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(d => d.Demand.Topics).Must((_, id, ctx) => Ix(ctx).Topics.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownTopic);
            RuleForEach(d => d.Demand.Concerns).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleFor(d => d.Demand.Source).Must((d, s, ctx) => SourceResolves(Ix(ctx), d.Demand.Author, s)).WithErrorCode(ErrorCodes.SourceOfOtherAuthor);
            RuleFor(d => d.Demand.Package).Must((d, p, ctx) => p is null || Ix(ctx).PackageAuthors[p] == d.Demand.Author).WithErrorCode(ErrorCodes.PackageMixesAuthors);
            RuleFor(d => d.Lifecycle.ReplacedBy).Must((d, by, ctx) => by is not { } b || (Ix(ctx).Demands.TryGetValue(b, out var r) && r.Author == d.Demand.Author)).WithErrorCode(ErrorCodes.InvalidReplacement);
        }
    }

    internal static bool SourceResolves(NaiveIndex ix, PartyId author, DemandSource? source)
    {
        if (source is not { } s)
        {
            return true;
        }

        if (s.Statement is { } statement)
        {
            return ix.Statements.TryGetValue(statement, out var made) && made.Statement.Party == author;
        }

        return s.Provision is { } p && ix.Documents.TryGetValue(p.Document, out var document)
            && p.Revision >= 1 && p.Revision <= document.Revisions.Count
            && document.Revisions[p.Revision - 1].FindProvision(p.Article) is not null
            && document.Header.Authors.Contains(author);
    }

    private sealed class ProposalValidator : AbstractValidator<Proposal>
    {
        public ProposalValidator()
        {
            Id(RuleFor(p => p.Id.IsValid));
            Body(RuleFor(p => p.Text));
            KnownParty(RuleFor(p => p.Author));
            RuleFor(p => p.Addressees).NotEmpty().WithErrorCode(ErrorCodes.NoAddressee).Must((p, a) => !a.Contains(p.Author)).WithErrorCode(ErrorCodes.AuthorAmongAddressees);
            RuleForEach(p => p.Addressees).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(p => p.Topics).Must((_, id, ctx) => Ix(ctx).Topics.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownTopic);
            RuleForEach(p => p.Answers).Must((_, s, ctx) => Ix(ctx).Knows(s)).WithErrorCode(ErrorCodes.UnknownDemand);
            RuleFor(p => p.Source).Must((p, s, ctx) => SourceResolves(Ix(ctx), p.Author, s)).WithErrorCode(ErrorCodes.SourceOfOtherAuthor);
        }
    }

    private sealed class DocumentValidator : AbstractValidator<DocumentState>
    {
        public DocumentValidator()
        {
            Id(RuleFor(d => d.Id.IsValid));
            Name(RuleFor(d => d.Header.Title));
            RuleFor(d => d.Disclosed).Must((d, when) => when is not { } w || !w.IsBefore(d.HandedOver).IsYes).WithErrorCode(ErrorCodes.DisclosedBeforeHandedOver);
            RuleFor(d => d.Header.Authors).NotEmpty().WithErrorCode(ErrorCodes.NoAuthor);
            RuleForEach(d => d.Header.Authors).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(d => d.Header.Addressees).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(d => d.Header.SharedWith).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleFor(d => d.Header.SharedWith).NotEmpty().When(d => d.Header.Visibility == Visibility.SharedWithNamedParties).WithErrorCode(ErrorCodes.SharedWithNobody);
            RuleFor(d => d.Header.RepliesTo)
                .Must((d, r, ctx) => r is not { } id || (Ix(ctx).Documents.TryGetValue(id, out var original) && !original.HandedOver.IsBefore(d.HandedOver).IsNo))
                .WithErrorCode(ErrorCodes.ReplyToLaterDocument);
            RuleFor(d => d.Revisions).Must(r => r.Zip(r.Skip(1)).All(p => !p.First.Presented.IsBefore(p.Second.Presented).IsNo)).WithErrorCode(ErrorCodes.RevisionsOutOfOrder);
            RuleForEach(d => d.Revisions).ChildRules(revision =>
            {
                revision.RuleFor(r => r.Provisions).Must(p => p.Select(x => x.Article).Distinct(StringComparer.Ordinal).Count() == p.Count).WithErrorCode(ErrorCodes.DuplicateProvisionNumber);
                revision.RuleForEach(r => r.Provisions).ChildRules(provision =>
                {
                    provision.RuleFor(p => p.Article).NotEmpty().WithErrorCode(ErrorCodes.NameRequired);
                    Body(provision.RuleFor(p => p.Text));
                });
            });
        }
    }

    private sealed class RoundValidator : AbstractValidator<RoundState>
    {
        public RoundValidator()
        {
            Id(RuleFor(r => r.Id.IsValid));
            RuleForEach(r => r.Plan.Sides).Must((_, s, ctx) => Ix(ctx).Parties.ContainsKey(s.Party)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleFor(r => r.ActualStart).Must((r, start) => !r.HasBeenHeld || start is not null).WithErrorCode(ErrorCodes.HeldWithoutActualStart);
            RuleFor(r => r.ActualStart).Must((r, start) => r.HasBeenHeld || (start is null && r.ActualEnd is null)).WithErrorCode(ErrorCodes.ActualTimesWithoutHolding);
            RuleFor(r => r.ActualEnd).Must((r, end) => end is not { } e || r.ActualStart is not { } s || !e.IsBefore(s).IsYes).WithErrorCode(ErrorCodes.EndBeforeStart);
            RuleForEach(r => r.Plan.Sides).Custom((s, ctx) =>
            {
                // As in the library: a cancelled round never starts, so its delegates' terms do not matter.
                var r = ctx.InstanceToValidate;
                if (r.Status == RoundStatus.Cancelled)
                {
                    return;
                }

                foreach (var person in s.Delegation?.Everyone ?? [])
                {
                    if (Ix(ctx).Representatives.TryGetValue(person, out var member) && member.Party == s.Party && member.Term.Covers(r.Start).IsNo)
                    {
                        ctx.AddFailure(new ValidationFailure("Delegation", $"{member.Name} is not in office at the start of '{r.Id}'.")
                        {
                            ErrorCode = ErrorCodes.DelegateOutOfOffice,
                            Severity = Severity.Warning,
                        });
                    }
                }
            });
            RuleFor(r => r.Plan.Sides).Must(s => s.Select(x => x.Party).Distinct().Count() == s.Count).WithErrorCode(ErrorCodes.DuplicateSide);
            RuleFor(r => r.Plan.Sides).Must(s => s.Count == 2).When(r => r.Plan.Format == RoundFormat.Bilateral).WithErrorCode(ErrorCodes.BilateralNeedsTwoSides);
            RuleFor(r => r.Plan.Sides).Must((r, s, ctx) => s.Count > 2 || s.Any(x => Ix(ctx).Parties.GetValueOrDefault(x.Party) is Organisation))
                .When(r => r.Plan.Format == RoundFormat.Multilateral).WithErrorCode(ErrorCodes.MultilateralNeedsMoreSides);
            RuleFor(r => r.Plan.Chair).Must((r, c) => c is not { } chair || r.Plan.ChairRole != ChairRole.Chair || r.HasSide(chair)).WithErrorCode(ErrorCodes.ChairNotParticipant);
            RuleForEach(r => r.Plan.Sides).Must((_, s, ctx) => s.Delegation is not { } d
                    || d.Everyone.All(p => Ix(ctx).Representatives.TryGetValue(p, out var r) && r.Party == s.Party))
                .WithErrorCode(ErrorCodes.DelegateOfOtherParty);
            RuleFor(r => r.Plan.Venue).Must(v => v is null || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(v.ZoneId) is not null).WithErrorCode(ErrorCodes.UnknownTimeZone);
            RuleForEach(r => r.Plan.Agenda.Topics).Must((_, id, ctx) => Ix(ctx).Topics.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownTopic);
            RuleForEach(r => r.Plan.Agenda.Documents).Must((_, id, ctx) => Ix(ctx).Documents.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownDocument);
            RuleForEach(r => r.Plan.Agenda.Demands).Must((_, id, ctx) => Ix(ctx).Demands.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownDemand);
            RuleFor(r => r.Plan.Precondition).Must((r, p, ctx) => p is null || p.Leaves().All(l => Ix(ctx).Resolves(l, r.Id))).WithErrorCode(ErrorCodes.UnknownRound);
            RuleFor(r => r.History).Must(h => RoundLifecycle.FirstIllegalChange(h.Items) < 0).WithErrorCode(ErrorCodes.IllegalStatusChange);
            RuleFor(r => r).Custom((r, ctx) =>
            {
                var ix = Ix(ctx);
                if (r.Plan.Precondition is not { } precondition)
                {
                    return;
                }

                if (r.HasBeenHeld && BaselinePreconditions.Evaluate(ix, precondition, r, r.ActualStart!.Value).Met.IsNo)
                {
                    ctx.AddFailure(new ValidationFailure("Precondition", $"The round '{r.Id}' was held before its preconditions were met.") { ErrorCode = ErrorCodes.PreconditionsNotMet });
                }

                if (!r.HasBeenHeld && r.Status != RoundStatus.Cancelled)
                {
                    foreach (var required in precondition.RequiredRounds())
                    {
                        if (ix.Rounds.TryGetValue(required, out var other) && !other.HasBeenHeld && RoundRules.PlannedBefore(r.Planned, other.Start).IsYes)
                        {
                            ctx.AddFailure(new ValidationFailure("Planned", $"The round '{r.Id}' is planned before '{required}'.") { ErrorCode = ErrorCodes.PlannedBeforeRequiredRound });
                        }
                    }
                }
            });
        }
    }

    private sealed class CommitmentValidator : AbstractValidator<Commitment>
    {
        public CommitmentValidator()
        {
            Id(RuleFor(c => c.Id.IsValid));
            Body(RuleFor(c => c.Text));
            RuleFor(c => c.Parties).NotEmpty().WithErrorCode(ErrorCodes.CommitmentWithoutParties);
            RuleForEach(c => c.Parties).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            KnownTopic(RuleFor(c => c.Topic));
            KnownParty(RuleFor(c => c.RequiredParticipant));
        }
    }

    private sealed class StatementValidator : AbstractValidator<StatementState>
    {
        public StatementValidator()
        {
            Id(RuleFor(s => s.Statement.Id.IsValid));
            Body(RuleFor(s => s.Statement.Quote));
            RuleFor(s => s.Statement.About)
                .Must((s, about) => s.Statement.Kind is not (StatementKind.Acceptance or StatementKind.Rejection)
                    || about.Any(a => a.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal))
                .WithErrorCode(ErrorCodes.StanceWithoutSubject).WithSeverity(Severity.Warning);
            KnownParty(RuleFor(s => s.Statement.Party));
            RuleForEach(s => s.Statement.Addressees).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(s => s.Statement.About).Must((_, s, ctx) => Ix(ctx).Knows(s)).WithErrorCode(ErrorCodes.UnknownStatement);
            RuleFor(s => s.Statement.Speaker).Custom((speakerId, ctx) =>
            {
                if (speakerId is not { } id)
                {
                    return;
                }

                var s = ctx.InstanceToValidate;
                if (!Ix(ctx).Representatives.TryGetValue(id, out var speaker))
                {
                    ctx.AddFailure(new ValidationFailure("Speaker", $"No representative '{id}'.") { ErrorCode = ErrorCodes.UnknownRepresentative });
                }
                else if (speaker.Party != s.Statement.Party)
                {
                    ctx.AddFailure(new ValidationFailure("Speaker", $"{speaker.Name} speaks for another party.") { ErrorCode = ErrorCodes.SpeaksForOtherParty });
                }
                else if (speaker.Term.Covers(s.Made).IsNo)
                {
                    ctx.AddFailure(new ValidationFailure("Speaker", $"{speaker.Name} was not in office then.") { ErrorCode = ErrorCodes.StatementOutsideTerm });
                }
            });
        }
    }

    private sealed class DeadlineValidator : AbstractValidator<DeadlineState>
    {
        public DeadlineValidator()
        {
            Id(RuleFor(d => d.Deadline.Id.IsValid));
            Body(RuleFor(d => d.Deadline.What));
            RuleFor(d => d.Deadline.Due).Must((d, due) => due >= d.Set.EarliestDate).WithErrorCode(ErrorCodes.DueBeforeSet);
            KnownParty(RuleFor(d => d.Deadline.SetBy));
            RuleFor(d => d.Deadline.Subject).Must((_, s, ctx) => s is not { } subject || Ix(ctx).Knows(subject)).WithErrorCode(ErrorCodes.UnknownDemand);
            RuleFor(d => d.Extensions).Custom((extensions, ctx) =>
            {
                var d = ctx.InstanceToValidate;
                var due = d.Deadline.Due;
                foreach (var e in extensions)
                {
                    if (e.Decided.IsBefore(d.Set).IsYes)
                    {
                        ctx.AddFailure(new ValidationFailure("Decided", "The deadline is extended before it was set.") { ErrorCode = ErrorCodes.ChangedBeforeSet });
                    }

                    if (e.NewDue > due && e.Decided.IsOnOrBefore(due).IsNo)
                    {
                        ctx.AddFailure(new ValidationFailure("Decided", "The deadline had passed when it was extended.") { ErrorCode = ErrorCodes.ExtendedAfterLapse, Severity = Severity.Warning });
                    }

                    due = e.NewDue;
                }
            });
            RuleFor(d => d.Extensions).Must((d, e) => e.Select(x => x.NewDue).Prepend(d.Deadline.Due).Zip(e.Select(x => x.NewDue)).All(p => p.First < p.Second))
                .WithErrorCode(ErrorCodes.ExtensionNotLater);
        }
    }

    private sealed class DevelopmentValidator : AbstractValidator<DevelopmentState>
    {
        public DevelopmentValidator()
        {
            Id(RuleFor(d => d.Development.Id.IsValid));
            Body(RuleFor(d => d.Development.Description));
            RuleForEach(d => d.Development.Actors).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
            RuleForEach(d => d.Development.Targets).Must((_, id, ctx) => Ix(ctx).Parties.ContainsKey(id)).WithErrorCode(ErrorCodes.UnknownParty);
        }
    }
}

/// <summary>The lookups one full validation builds before its rules run.</summary>
internal sealed class NaiveIndex : ICaseLookup
{
    public NaiveIndex(NaiveCase c)
    {
        Parties = ById(c.Parties, p => p.Id);
        Representatives = ById(c.Representatives, r => r.Id);
        Topics = ById(c.Topics, t => t.Id);
        Demands = ById(c.Demands.Select(d => d.Demand), d => d.Id);
        Proposals = ById(c.Proposals, p => p.Id);
        Documents = ById(c.Documents, d => d.Id);
        Rounds = ById(c.Rounds, r => r.Id);
        Statements = ById(c.Statements, s => s.Statement.Id);
        Developments = ById(c.Developments, d => d.Development.Id);
        foreach (var position in c.Positions)
        {
            var key = new PositionKey(position.Party, position.Subject);
            if (!Positions.TryGetValue(key, out var history))
            {
                Positions[key] = history = [];
            }

            history.Add(position);
        }

        foreach (var demand in c.Demands)
        {
            if (demand.Demand.Package is { } package)
            {
                PackageAuthors.TryAdd(package, demand.Demand.Author);
            }
        }
    }

    public Dictionary<PartyId, Party> Parties { get; }

    public Dictionary<RepresentativeId, Representative> Representatives { get; }

    public Dictionary<TopicId, Topic> Topics { get; }

    public Dictionary<DemandId, Demand> Demands { get; }

    public Dictionary<ProposalId, Proposal> Proposals { get; }

    public Dictionary<DocumentId, DocumentState> Documents { get; }

    public Dictionary<RoundId, RoundState> Rounds { get; }

    public Dictionary<StatementId, StatementState> Statements { get; }

    public Dictionary<DevelopmentId, DevelopmentState> Developments { get; }

    public Dictionary<PositionKey, List<Position>> Positions { get; } = [];

    public Dictionary<string, PartyId> PackageAuthors { get; } = new(StringComparer.Ordinal);

    public List<string> Duplicates { get; } = [];

    IEnumerable<DevelopmentState> ICaseLookup.AllDevelopments => Developments.Values;

    public bool Knows(SubjectRef s) => s.Kind switch
    {
        SubjectKind.Demand => Demands.ContainsKey(new DemandId(s.Id)),
        SubjectKind.Document => Documents.ContainsKey(new DocumentId(s.Id)),
        SubjectKind.Proposal => Proposals.ContainsKey(new ProposalId(s.Id)),
        SubjectKind.Statement => Statements.ContainsKey(new StatementId(s.Id)),
        SubjectKind.Round => Rounds.ContainsKey(new RoundId(s.Id)),
        SubjectKind.Topic => Topics.ContainsKey(new TopicId(s.Id)),
        SubjectKind.Party => Parties.ContainsKey(new PartyId(s.Id)),
        _ => Developments.ContainsKey(new DevelopmentId(s.Id)),
    };

    public bool Resolves(Precondition leaf, RoundId self) => leaf switch
    {
        RoundHeldCondition h => h.Round != self && Rounds.ContainsKey(h.Round),
        RoundConcludedCondition c => c.Round != self && Rounds.ContainsKey(c.Round),
        DocumentPresentedCondition d => Documents.ContainsKey(d.Document),
        DemandAnsweredCondition d => Demands.ContainsKey(d.Demand) && (d.By is not { } by || Parties.ContainsKey(by)),
        PartyTakesPartCondition p => Parties.ContainsKey(p.Party),
        DevelopmentOccurredCondition { Against: { } against } => Parties.ContainsKey(against),
        _ => true,
    };

    public RoundState? FindRound(RoundId id) => Rounds.GetValueOrDefault(id);

    public DocumentState? FindDocument(DocumentId id) => Documents.GetValueOrDefault(id);

    public Demand? FindDemand(DemandId id) => Demands.GetValueOrDefault(id);

    public IReadOnlyList<Position> PositionHistory(PartyId party, SubjectRef subject) =>
        Positions.TryGetValue(new PositionKey(party, subject), out var history) ? history : [];

    public string NameOf(PartyId party) => Parties.TryGetValue(party, out var p) ? p.Name : party.ToString();

    private Dictionary<TId, T> ById<TId, T>(IEnumerable<T> items, Func<T, TId> id)
        where TId : notnull
    {
        var map = new Dictionary<TId, T>();
        foreach (var item in items)
        {
            if (!map.TryAdd(id(item), item))
            {
                Duplicates.Add($"{typeof(T).Name}:{id(item)}");
            }
        }

        return map;
    }
}
