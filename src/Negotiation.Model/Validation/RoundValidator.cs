using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Negotiation.Model.Validation;

/// <summary>Validates a round: its sides and format, chair, delegations, venue, agenda and precondition; its planned time
/// against the rounds it requires; its status and actual times; and the commitments it breaks.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.NameRequired"/>, <see cref="ErrorCodes.NameTooLong"/> (title, venue),
/// <see cref="ErrorCodes.DuplicateSide"/>, <see cref="ErrorCodes.DuplicateEntry"/>,
/// <see cref="ErrorCodes.BilateralNeedsTwoSides"/>, <see cref="ErrorCodes.ChairNotParticipant"/>,
/// <see cref="ErrorCodes.UnknownTimeZone"/>, <see cref="ErrorCodes.PreconditionCycle"/> (the round requires itself),
/// <see cref="ErrorCodes.PlannedOutsideWindow"/>, the <see cref="PreconditionValidator"/> rules,
/// <see cref="ErrorCodes.HeldWithoutActualStart"/>, <see cref="ErrorCodes.ActualTimesWithoutHolding"/>,
/// <see cref="ErrorCodes.EndBeforeStart"/>, <see cref="ErrorCodes.ReasonRequired"/>, <see cref="ErrorCodes.TextRequired"/>
/// (outcome), <see cref="ErrorCodes.IllegalStatusChange"/> (its history of statuses takes only the changes
/// <see cref="RoundStatus"/> lists; checked by the default rule set alone). With a case (<see cref="CaseValidation"/>): every reference resolves; a two-sided multilateral round has an
/// organisation among its sides (<see cref="ErrorCodes.MultilateralNeedsMoreSides"/>); delegates represent their side's
/// party (<see cref="ErrorCodes.DelegateOfOtherParty"/>) and are in office at the round's start (warning
/// <see cref="ErrorCodes.DelegateOutOfOffice"/>); a round not yet held is planned after the rounds it requires
/// (<see cref="ErrorCodes.PlannedBeforeRequiredRound"/>, warning <see cref="ErrorCodes.PlannedPossiblyBeforeRequiredRound"/>,
/// warning <see cref="ErrorCodes.RequiresCancelledRound"/>); a held round's preconditions were met at its actual start
/// (<see cref="ErrorCodes.PreconditionsNotMet"/>, warning <see cref="ErrorCodes.PreconditionsUndetermined"/>, or, when only facts recorded after it show they were not, warning <see cref="ErrorCodes.PreconditionsBrokenLater"/>); and every
/// commitment it breaks is a warning naming the commitment (<see cref="ErrorCodes.CommitmentBroken"/>).</para>
/// <para>Only requirements that must hold (reached through all-of, not under any-of or not) impose an order or a window.
/// Paths start at <c>Rounds[id]</c>; the simple parts of the precondition are numbered depth first
/// (<c>Rounds[id].Precondition[0]</c>).</para>
/// <para>The rule sets <see cref="ShapeRules"/>, <see cref="ScheduleRules"/>, <see cref="OrderRules"/>,
/// <see cref="StatusRules"/> and <see cref="CommitmentRules"/> let a change check only what it touches. Stateless and
/// thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class RoundValidator : AbstractValidator<Round>
{
    /// <summary>The rule set of what a round is made of: sides, format, chair, delegations, venue, agenda, precondition.</summary>
    public const string ShapeRules = "Shape";

    /// <summary>The rule set of the planned time: the order of required rounds, the not-before / not-after window, the
    /// planned end and the delegates' terms.</summary>
    public const string ScheduleRules = "Schedule";

    /// <summary>The rule set of the order the required rounds impose, alone.</summary>
    public const string OrderRules = "Order";

    /// <summary>The rule set of the status: actual times, reasons, preconditions met when held, outcome.</summary>
    public const string StatusRules = "Status";

    /// <summary>The rule set of the commitments the round breaks.</summary>
    public const string CommitmentRules = "Commitments";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public RoundValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleSet($"default,{ShapeRules}", () =>
        {
            RuleFor(r => r.Title!).IsAName("title").When(r => r.Title is not null);
            RuleFor(r => r.Sides).Custom(CheckSides);
            RuleFor(r => r.Chair).Custom(CheckChair);
            RuleFor(r => r.Sides).Custom(CheckDelegations);
            RuleFor(r => r).Custom(CheckStructure);
            When(r => r.Venue is not null, () =>
            {
                RuleFor(r => r.Venue!.Name).IsAName("venue name");
                RuleFor(r => r.Venue!.ZoneId)
                    .Must(zone => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null).WithErrorCode(ErrorCodes.UnknownTimeZone)
                    .WithMessage(r => $"'{r.Venue!.ZoneId}' is not a tz database zone id; use one such as 'Europe/Zurich'.");
            });
            RuleFor(r => r.Agenda.Topics).AreKnownTopics();
            RuleFor(r => r.Agenda.Documents).AreKnownDocuments();
            RuleFor(r => r.Agenda.Demands).AreKnownDemands();
            RuleFor(r => r.Precondition).Custom((precondition, context) =>
            {
                if (precondition is not null)
                {
                    PreconditionRules.Check(context, precondition, context.InstanceToValidate.Id);
                }
            });
        });

        RuleSet($"default,{ScheduleRules},{OrderRules}", () => RuleFor(r => r).Custom(RequiredRoundsFirst));
        RuleSet($"default,{ScheduleRules}", () => RuleFor(r => r.Precondition).Custom(PlannedWithinWindow));
        RuleSet($"default,{ScheduleRules}", () => RuleFor(r => r.PlannedEnd).Custom(PlannedEndAfterStart));
        RuleSet($"default,{ShapeRules},{ScheduleRules},{StatusRules}", () => RuleFor(r => r.Sides).Custom(DelegatesInOffice));

        RuleSet($"default,{StatusRules}", () =>
        {
            RuleFor(r => r.ActualStart).Custom(ActualTimesMatchStatus);
            RuleFor(r => r.ActualEnd).Custom((end, context) =>
            {
                var round = context.InstanceToValidate;
                if (end is { } e && round.ActualStart is { } s && e.IsBefore(s).IsYes)
                {
                    context.Error(ErrorCodes.EndBeforeStart, string.Empty, $"{Naming.Round(context.Data(), round)} cannot end ({e}) before it starts ({s}).");
                }
            });
            RuleFor(r => r.StatusReason)
                .Must((r, reason) => r.Status is not (RoundStatus.Postponed or RoundStatus.Cancelled) || !string.IsNullOrWhiteSpace(reason))
                .WithErrorCode(ErrorCodes.ReasonRequired)
                .WithMessage(r => $"Say why the round was {r.Status.ToString().ToLowerInvariant()}.");
            RuleFor(r => r.Precondition).Custom(MetWhenHeld);
            RuleFor(r => r.Attendance).Custom(CheckAttendance);
            When(r => r.Outcome is not null, () =>
            {
                RuleFor(r => r.Outcome!.Summary).IsAText("summary");
                RuleFor(r => r.Outcome!.Statements).AreKnownStatements();
                RuleFor(r => r.Outcome!.DocumentsHandedOver).AreKnownDocuments();
            });
        });

        RuleSet($"default,{CommitmentRules}", () => RuleFor(r => r).Custom(CommitmentsKept));

        // Whole-case validation only: every change a fact makes is checked against the same table before it is kept.
        RuleFor(r => r.History).Custom(StatusChangesLegal);
    }

    /// <summary>Gets the shared instance.</summary>
    public static RoundValidator Instance => Shared<RoundValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Round> context, ValidationResult result) =>
        context.Enter("Rounds", context.InstanceToValidate?.Id.ToString());

    private static bool IsOpen(Round round) => !round.HasBeenHeld && round.Status != RoundStatus.Cancelled;

    private static void CheckSides(EquatableArray<RoundSide> sides, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        var data = context.Data();
        var seen = new HashSet<PartyId>();
        for (var i = 0; i < sides.Count; i++)
        {
            if (References.Party(data, sides[i].Party, context.PathTo($"[{i}].Party")) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (!seen.Add(sides[i].Party))
            {
                context.Error(ErrorCodes.DuplicateEntry, $"[{i}]", $"'{sides[i].Party}' is listed twice; list it once.");
            }
        }

        if (round.Sides.Select(s => s.Party).Distinct().Count() < sides.Count)
        {
            context.Error(ErrorCodes.DuplicateSide, string.Empty, "A party is named as two sides; name each side once.");
        }

        if (round.Format == RoundFormat.Trilateral && sides.Count != 3)
        {
            context.Error(ErrorCodes.TrilateralNeedsThreeSides, string.Empty, $"A trilateral round has exactly three sides; this one has {sides.Count}. Make it bilateral or multilateral, or change the sides.");
        }

        if (round.Format == RoundFormat.Bilateral && sides.Count != 2)
        {
            context.Error(ErrorCodes.BilateralNeedsTwoSides, string.Empty, $"A bilateral round has exactly two sides; this one has {sides.Count}. Make it multilateral or remove sides.");
        }

        // Whether a side is an organisation (taking part with its members) is known only from the case.
        if (round.Format == RoundFormat.Multilateral && sides.Count <= 2 && data is not null
            && !sides.Any(s => data.Parties.TryGetValue(s.Party, out var party) && party is Organisation))
        {
            context.Error(ErrorCodes.MultilateralNeedsMoreSides, string.Empty, $"A multilateral round has more than two sides, or an organisation taking part with its members; this one has {sides.Count}. Make it bilateral.");
        }
    }

    private static void CheckChair(PartyId? chair, ValidationContext<Round> context)
    {
        if (chair is not { } c)
        {
            return;
        }

        var round = context.InstanceToValidate;
        if (References.Party(context.Data(), c, context.PathTo(string.Empty)) is { } unresolved)
        {
            context.AddFailure(unresolved);
        }
        else if (round.ChairRole == ChairRole.Chair && !round.HasSide(c))
        {
            context.Error(ErrorCodes.ChairNotParticipant, string.Empty, $"The chair '{c}' is not one of the sides; add it as a side or make it a mediator.");
        }
    }

    private static void CheckDelegations(EquatableArray<RoundSide> sides, ValidationContext<Round> context)
    {
        var data = context.Data();
        for (var i = 0; i < sides.Count; i++)
        {
            if (sides[i].Delegation is not { } delegation)
            {
                continue;
            }

            var party = sides[i].Party;
            var seen = new HashSet<RepresentativeId>();
            var j = 0;
            foreach (var person in delegation.Everyone)
            {
                var path = $"[{i}].Delegation[{j++}]";
                if (References.Representative(data, person, context.PathTo(path)) is { } unresolved)
                {
                    context.AddFailure(unresolved);
                }
                else if (!seen.Add(person))
                {
                    context.Error(ErrorCodes.DuplicateEntry, path, $"'{person}' is listed twice in the delegation; list them once.");
                }
                else if (data is not null && data.Representatives[person] is var member && !Speaks(data, member, party))
                {
                    context.Error(ErrorCodes.DelegateOfOtherParty, path, $"{member.Name} represents '{member.Party}', not '{party}'.");
                }
            }
        }
    }

    /// <summary>Whether a representative may sit on a side: they represent its party or, for an organisation or a group, one
    /// of its members (member states' delegates on a group's side).</summary>
    private static bool Speaks(CaseData data, Representative member, PartyId side) =>
        member.Party == side || (data.Parties.TryGetValue(side, out var party) && party switch
        {
            Organisation organisation => organisation.Periods.Any(m => m.Member == member.Party),
            PartyGroup group => group.Members.Contains(member.Party),
            _ => false,
        });

    private static void CheckStructure(Round round, ValidationContext<Round> context)
    {
        var data = context.Data();
        if (round.PartOf is { } parent)
        {
            if (parent == round.Id)
            {
                context.Error(ErrorCodes.RoundPartOfItself, "PartOf", $"{Naming.Round(data, round)} cannot be a session of itself; name the round it belongs to.");
            }
            else
            {
                context.Add(References.Round(data, parent, context.PathTo("PartOf")));
            }
        }

        if (round.ChairPerson is { } chair)
        {
            context.Add(References.Representative(data, chair, context.PathTo("ChairPerson")));
        }

        for (var i = 0; i < round.Roles.Count; i++)
        {
            var role = round.Roles[i];
            var path = $"Roles[{i}]";
            if (role.Party is null == role.Person is null)
            {
                context.Error(ErrorCodes.RoleWithoutHolder, path, $"The {role.Kind.ToString().ToLowerInvariant()} role names {(role.Party is null ? "no holder" : "both a party and a person")}; name either the party or the person who holds it.");
                continue;
            }

            if (role.Party is { } party)
            {
                context.Add(References.Party(data, party, context.PathTo(path + ".Party")));
            }

            if (role.Person is { } person)
            {
                context.Add(References.Representative(data, person, context.PathTo(path + ".Person")));
            }

            if (role.For is { } group)
            {
                context.Add(References.Party(data, group, context.PathTo(path + ".For")));
            }
        }
    }

    // In the schedule's rules, not the shape's: moving the planned time (RoundRescheduled, RoundPostponed) can break it.
    private static void PlannedEndAfterStart(Moment? end, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        if (end is { } e && e.IsBefore(round.Planned).IsYes)
        {
            context.Error(ErrorCodes.EndBeforeStart, string.Empty, $"{Naming.Round(context.Data(), round)} cannot be planned to end ({e}) before it starts ({round.Planned}); give the new planned end with the new time.");
        }
    }

    private static void CheckAttendance(EquatableArray<Attendance> attendance, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        var data = context.Data();
        var seen = new HashSet<RepresentativeId>();
        for (var i = 0; i < attendance.Count; i++)
        {
            var path = $"[{i}]";
            var person = attendance[i].Person;
            if (References.Representative(data, person, context.PathTo(path)) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (!seen.Add(person))
            {
                context.Error(ErrorCodes.DuplicateEntry, path, $"'{person}' is listed twice among those who attended; list them once.");
            }
            else if (attendance[i].Joined is { } joined && round.ActualStart is { } start
                && (joined.IsBefore(start).IsYes || (round.ActualEnd is { } end && joined.IsAfter(end).IsYes)))
            {
                context.Error(ErrorCodes.JoinedOutsideRound, path + ".Joined", $"'{person}' cannot join {Naming.Round(data, round)} ({joined}) before it starts ({start}) or after it ends; check the times.");
            }
        }
    }

    private static void DelegatesInOffice(EquatableArray<RoundSide> sides, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        if (context.Data() is not { } data || round.Status == RoundStatus.Cancelled)
        {
            return;
        }

        for (var i = 0; i < sides.Count; i++)
        {
            var j = 0;
            foreach (var person in sides[i].Delegation?.Everyone ?? [])
            {
                var path = $"[{i}].Delegation[{j++}]";
                if (person.IsValid && data.Representatives.TryGetValue(person, out var member)
                    && Speaks(data, member, sides[i].Party) && member.Term.Covers(round.Start).IsNo)
                {
                    var until = member.Term.Until is { } last ? Naming.Day(last) : "now";
                    context.Warning(ErrorCodes.DelegateOutOfOffice, path, $"{member.Name} is not {member.Office} at the start of {Naming.Round(data, round)} ({round.Start}); their term runs from {Naming.Day(member.Term.From)} to {until}. Check the delegation or the term.");
                }
            }
        }
    }

    private static void RequiredRoundsFirst(Round round, ValidationContext<Round> context)
    {
        if (!IsOpen(round) || round.Precondition is not { } precondition || context.Data() is not { } data)
        {
            return;
        }

        var seen = new HashSet<RoundId>();
        foreach (var leaf in PreconditionRules.Leaves(precondition))
        {
            if (!leaf.Required || leaf.Condition is not IRoundDependency { Round: var id } || !id.IsValid || id == round.Id
                || !data.Rounds.TryGetValue(id, out var required) || !seen.Add(id))
            {
                continue;
            }

            if (required.Status == RoundStatus.Cancelled)
            {
                context.Warning(ErrorCodes.RequiresCancelledRound, $"Precondition[{leaf.Index}]", $"{Naming.Round(data, round)} requires {Naming.Round(data, required)} first, but it was cancelled ({required.StatusReason}); it cannot be held unless its precondition changes.");
            }
            else
            {
                context.Add(RoundRules.Order(data, round, required, context.PathTo("Planned")));
            }
        }
    }

    private static void PlannedWithinWindow(Precondition? precondition, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        if (precondition is null || !IsOpen(round))
        {
            return;
        }

        foreach (var leaf in PreconditionRules.Leaves(precondition))
        {
            if (leaf.Required && PreconditionRules.RulesOut(leaf.Condition, round.Planned))
            {
                context.Error(ErrorCodes.PlannedOutsideWindow, $"[{leaf.Index}]", $"{Naming.Round(context.Data(), round)} is planned for {round.Planned}, which its own precondition rules out ({PreconditionRules.Limit(leaf.Condition)}).");
            }
        }
    }

    private static void ActualTimesMatchStatus(Moment? actualStart, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        if (round.HasBeenHeld && actualStart is null)
        {
            context.Error(ErrorCodes.HeldWithoutActualStart, string.Empty, $"{Naming.Round(context.Data(), round)} is {round.Status.ToString().ToLowerInvariant()} but has no actual start; record when it started.");
        }
        else if (!round.HasBeenHeld && (actualStart is not null || round.ActualEnd is not null))
        {
            context.Error(ErrorCodes.ActualTimesWithoutHolding, string.Empty, $"{Naming.Round(context.Data(), round)} is {round.Status.ToString().ToLowerInvariant()} but has actual times; a round that was not held has none.");
        }
    }

    private static void MetWhenHeld(Precondition? precondition, ValidationContext<Round> context)
    {
        var round = context.InstanceToValidate;
        if (precondition is null || !round.HasBeenHeld || round.ActualStart is not { } start || context.Case() is not { } negotiation)
        {
            return;
        }

        var name = Naming.Round(negotiation.Data, round);
        var result = precondition.Evaluate(negotiation, round, start);

        // A round held earlier in the log, judged again (whole-case validation, or a later change of its status such as
        // its conclusion): recording it held checked its preconditions as the case stood then, which is what decides
        // whether it could be held. Facts recorded since can only show that it went ahead regardless: a warning, so that a
        // case built by successful changes never has errors and a round that was held can still be concluded. A change
        // of when it started or of its preconditions is judged anew.
        if (result.Met.IsNo && negotiation.Data.Indexes.HeldAt.TryGetValue(round.Id, out var heldAt) && heldAt < negotiation.Version
            && negotiation.Rounds.TryGetValue(round.Id, out var stored) && Equals(stored.ActualStart, round.ActualStart) && Equals(stored.Precondition, round.Precondition))
        {
            var then = negotiation.With(CaseHistory.Restore(negotiation.Data, heldAt));
            if (!precondition.Evaluate(then, round, start).Met.IsNo)
            {
                context.Warning(ErrorCodes.PreconditionsBrokenLater, string.Empty, $"{name} was held ({start}) with its preconditions met as then known; facts recorded since show they were not." + Environment.NewLine + result);
                return;
            }
        }

        if (result.Met.IsNo)
        {
            context.Error(ErrorCodes.PreconditionsNotMet, string.Empty, $"{name} cannot be held ({start}): its preconditions are not met." + Environment.NewLine + result);
        }
        else if (result.Met.IsUndetermined)
        {
            context.Warning(ErrorCodes.PreconditionsUndetermined, string.Empty, $"It is undetermined whether the preconditions of {name} were met when it was held ({start})." + Environment.NewLine + result);
        }
    }

    private static void StatusChangesLegal(EquatableArray<RoundStatusChange> history, ValidationContext<Round> context)
    {
        var index = RoundLifecycle.FirstIllegalChange(history.Items);
        if (index < 0)
        {
            return;
        }

        var name = Naming.Round(context.Data(), context.InstanceToValidate);
        var to = history[index].Status.ToString().ToLowerInvariant();
        context.Error(ErrorCodes.IllegalStatusChange, $"[{index}]", index == 0
            ? $"{name} begins {to}; a round begins proposed or agreed."
            : $"{name} became {to} when it was {history[index - 1].Status.ToString().ToLowerInvariant()}; only a round that is {string.Join(" or ", RoundLifecycle.From(history[index].Status).Select(s => s.ToString().ToLowerInvariant()))} can become {to}.");
    }

    private static void CommitmentsKept(Round round, ValidationContext<Round> context)
    {
        if (context.Data() is not { } data)
        {
            return;
        }

        foreach (var commitment in data.Commitments.Values)
        {
            if (RoundRules.Breaks(data, round, commitment))
            {
                context.AddFailure(RoundRules.Breach(data, round, commitment, context.PathTo(string.Empty)));
            }
        }
    }
}
