using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A date by which something must happen (a reply, a framework, a final agreement), who set it, and every later
/// extension.</summary>
/// <remarks>
/// <para>Extensions are kept, never overwritten, so "the deadline in force on a date" is a question
/// (<see cref="DueAsOf(LocalDate)"/>). A deadline that passes unmet is reported as missed
/// (<see cref="IsMissedOn(LocalDate)"/>), not silently moved, and every day in force that passed without its goal met
/// stays in its history (<see cref="MissedDues(LocalDate)"/>), even when the deadline was extended on that very day.
/// Several parties may set or extend it together (<see cref="JointlyWith"/>), and its day may be stated only
/// approximately ("before May", <see cref="DueWithin"/>). How it ended is <see cref="OutcomeOn(LocalDate)"/>: met, missed,
/// overtaken or abandoned. The members a case fills in cannot be set from outside the library. Equality is by
/// value.</para>
/// </remarks>
/// <param name="Id">The deadline's id.</param>
/// <param name="SetBy">The party that set it.</param>
/// <param name="What">What must happen, in words.</param>
/// <param name="Due">The last day, as first set.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Deadline(DeadlineId Id, PartyId SetBy, string What, LocalDate Due)
{
    /// <summary>Gets the deadline's id.</summary>
    public DeadlineId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the last day, as first set (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate Due { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Due);

    /// <summary>Gets what must happen, in words.</summary>
    public string What { get; init => field = Guard.NotNull(value, nameof(What)); } = Guard.NotNull(What, nameof(What));

    /// <summary>Gets what the deadline is about (a demand, a document, a round), if anything.</summary>
    public SubjectRef? Subject { get; init; }

    /// <summary>Gets the other parties that set it together with <see cref="SetBy"/>, if any.</summary>
    public EquatableArray<PartyId> JointlyWith { get; init; }

    /// <summary>Gets every party that set it: <see cref="SetBy"/>, then <see cref="JointlyWith"/>.</summary>
    public IEnumerable<PartyId> Setters => JointlyWith.Items.Insert(0, SetBy);

    /// <summary>Gets the window the day is known to fall in when it was stated approximately ("before May 2015": April
    /// 2015); <see cref="Due"/> is then the window's last day, by which it is certainly due.</summary>
    public DateWindow? DueWithin { get; init; }

    /// <summary>Gets the rule that defines the day ("two years after the notification"), if one does; <see cref="Due"/> must
    /// then be the day it gives (<see cref="ErrorCodes.DueNotByRule"/>).</summary>
    public DueRule? DueRule { get; init; }

    /// <summary>Gets the tz database zone whose clock ends each due day ("24:00 Brussels time"), or <see langword="null"/>
    /// when the deadline is a calendar day with no zone; see <see cref="DueEndsAt(LocalDate)"/>.</summary>
    public string? Zone { get; init; }

    /// <summary>Gets the parties whose joint decision may extend the deadline under its own rule ("the European Council,
    /// unanimously, in agreement with the member state"); empty when the rule names no one. An extension decided without
    /// one of them is reported (<see cref="ErrorCodes.ExtensionWithoutRequiredParty"/>).</summary>
    public EquatableArray<PartyId> ExtendableBy { get; init; }

    /// <summary>Gets how the deadline was closed without being met, if it was: overtaken by events or abandoned (filled in
    /// by the case).</summary>
    public DeadlineClosure? Closure { get; internal init; }

    /// <summary>Gets when the deadline was set (filled in by the case).</summary>
    public Moment Set { get; internal init; }

    /// <summary>Gets every extension, oldest first (filled in by the case).</summary>
    public EquatableArray<DeadlineExtension> Extensions { get; internal init; }

    /// <summary>Gets when what was due happened, if it did (filled in by the case).</summary>
    public Moment? Met { get; internal init; }

    /// <summary>Gets the instant a due day ends in <see cref="Zone"/>: the start of the next day there, so a due day of
    /// 29 March 2019 in Europe/Brussels ends at 23:00 UTC.</summary>
    /// <param name="due">The due day, for example <see cref="Due"/> or <see cref="DueAsOf(LocalDate)"/>.</param>
    /// <returns>The instant, or <see langword="null"/> when the deadline has no zone or its zone is not in the tz
    /// database.</returns>
    public Instant? DueEndsAt(LocalDate due) =>
        Zone is { } id && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone
            ? TimeBounds.AfterDay(IsoDates.Iso(due), zone)
            : null;

    /// <summary>Gets the last day in force after every recorded extension.</summary>
    public LocalDate CurrentDue => Extensions.IsEmpty ? Due : Extensions[^1].NewDue;

    /// <summary>Gets the last day in force on <paramref name="date"/>: the original date, or the latest extension decided
    /// by then.</summary>
    /// <remarks>An extension's conditional days (<see cref="DeadlineExtension.Branches"/>) depend on other deadlines, which
    /// a deadline cannot see: this reads its unconditional day. <see cref="DeadlineQueries.DueOn"/> resolves them.</remarks>
    /// <param name="date">The day.</param>
    /// <returns>The last day in force.</returns>
    public LocalDate DueAsOf(LocalDate date)
    {
        date = IsoDates.Iso(date);
        var due = Due;
        foreach (var extension in Extensions)
        {
            if (extension.Decided.IsOnOrBefore(date).IsYes)
            {
                due = extension.NewDue;
            }
        }

        return due;
    }

    /// <summary>Had the deadline been missed by <paramref name="date"/>: the day in force then had passed and what was due
    /// had not happened in time?</summary>
    /// <param name="date">The day.</param>
    /// <returns>Three-valued when the time it was met is approximate.</returns>
    public Truth IsMissedOn(LocalDate date)
    {
        date = IsoDates.Iso(date);
        var due = DueAsOf(date);
        if (date <= due)
        {
            return Truth.No;
        }

        return Met is { } met ? !met.IsOnOrBefore(due) : Truth.Yes;
    }

    /// <summary>Gets every day that was in force, first the original day, then each extension's, in order.</summary>
    public IEnumerable<LocalDate> Dues => Extensions.Items.Select(e => e.NewDue).Prepend(Due);

    /// <summary>Gets the days in force that had passed by <paramref name="date"/> without the goal met: a day counts as
    /// missed when the next extension was decided on it or later (an extension decided on the last day does not save it),
    /// and is left out when the deadline was extended before it fell due or closed before it.</summary>
    /// <param name="date">The day the history is read on.</param>
    /// <returns>The missed days, oldest first, each with how certain it is (undetermined when the goal was met, the next
    /// extension decided or the deadline closed at an approximate time that straddles the day, or the day itself was
    /// stated approximately and has not surely passed).</returns>
    /// <remarks>An extension that grants a day on a condition (<see cref="DeadlineExtension.Branches"/>) is read here at its
    /// unconditional day, <see cref="DeadlineExtension.NewDue"/>: the condition is another deadline, which a deadline
    /// cannot see. The case's <see cref="DeadlineQueries.MissedDues"/> resolves the conditions.</remarks>
    public ImmutableArray<MissedDue> MissedDues(LocalDate date) => MissedDues(date, extension => extension.NewDue);

    /// <summary>The missed days, with each extension's day as <paramref name="granted"/> resolves it.</summary>
    internal ImmutableArray<MissedDue> MissedDues(LocalDate date, Func<DeadlineExtension, LocalDate> granted)
    {
        var result = ImmutableArray.CreateBuilder<MissedDue>();
        var due = Due;
        for (var i = 0; i <= Extensions.Count; i++)
        {
            var next = i < Extensions.Count ? Extensions[i] : null;
            // An approximate first day ("by mid-January") may have passed once its window has begun to pass.
            var window = i == 0 ? DueWithin : null;
            var passed = due < date ? Truth.Yes : window is { } w && w.Start < date ? Truth.Undetermined : Truth.No;
            // Saved by the next extension or a closure that came before the day; undetermined when its own date is
            // approximate and straddles the day (an extension decided "sometime between January and April").
            var saved = (next is null ? Truth.No : BeforeTheDay(next.Decided, due))
                | (Closure is { } closure ? BeforeTheDay(closure.On, due) : Truth.No);
            if (passed.IsPossible && !saved.IsYes)
            {
                var unmet = Met is not { } met ? Truth.Yes
                    : window is { } stated && !met.IsOnOrBefore(TimeBounds.PlusDays(stated.Start, -1)).IsYes && met.IsOnOrBefore(due).IsPossible ? Truth.Undetermined
                    : !met.IsOnOrBefore(due);
                var missed = passed & unmet & !saved;
                if (missed.IsPossible)
                {
                    result.Add(new MissedDue(Id, due, missed, next is null ? null : granted(next)));
                }
            }

            if (next is null || (next.Decided.IsOnOrBefore(date).IsNo))
            {
                break;
            }

            due = granted(next);
        }

        return result.ToImmutable();
    }

    /// <summary>Whether something happened on a day before <paramref name="day"/>: a decision taken on the day itself does not
    /// save it.</summary>
    private static Truth BeforeTheDay(Moment when, LocalDate day) =>
        when.Window.End < day ? Truth.Yes : when.Window.Start < day ? Truth.Undetermined : Truth.No;

    /// <summary>Gets how the deadline stood on <paramref name="date"/>: met (on or before the day in force), missed (the day
    /// in force passed without it), overtaken or abandoned (closed before), or pending.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The outcome as of that day.</returns>
    /// <remarks>Reads an extension at its unconditional day, like <see cref="DueAsOf(LocalDate)"/>; the case's
    /// <see cref="DeadlineQueries.OutcomeOn"/> resolves conditional days and early ends.</remarks>
    public DeadlineOutcome OutcomeOn(LocalDate date) => OutcomeOn(IsoDates.Iso(date), DueAsOf(date));

    /// <summary>How the deadline stood on <paramref name="date"/> when the day in force then was <paramref name="due"/>.</summary>
    internal DeadlineOutcome OutcomeOn(LocalDate date, LocalDate due)
    {
        if (Met is { } met && met.IsOnOrBefore(date).IsYes)
        {
            return met.IsOnOrBefore(due).IsNo ? DeadlineOutcome.Missed : DeadlineOutcome.Met;
        }

        if (Closure is { } closure && closure.On.IsOnOrBefore(date).IsYes)
        {
            return closure.Outcome;
        }

        return date > due ? DeadlineOutcome.Missed : DeadlineOutcome.Pending;
    }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Deadline), Id.ToString(), What);
}
