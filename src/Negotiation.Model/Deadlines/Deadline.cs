using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A date by which something must happen (a reply, a framework, a final agreement), who set it, and every later
/// extension.</summary>
/// <remarks>
/// <para>Extensions are kept, never overwritten, so "the deadline in force on a date" is a question
/// (<see cref="DueAsOf(LocalDate)"/>). A deadline that passes unmet is reported as missed
/// (<see cref="IsMissedOn(LocalDate)"/>), not silently moved. The members a case fills in cannot be set from outside the
/// library. Equality is by value.</para>
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

    /// <summary>Gets when the deadline was set (filled in by the case).</summary>
    public Moment Set { get; internal init; }

    /// <summary>Gets every extension, oldest first (filled in by the case).</summary>
    public EquatableArray<DeadlineExtension> Extensions { get; internal init; }

    /// <summary>Gets when what was due happened, if it did (filled in by the case).</summary>
    public Moment? Met { get; internal init; }

    /// <summary>Gets the last day in force after every recorded extension.</summary>
    public LocalDate CurrentDue => Extensions.IsEmpty ? Due : Extensions[^1].NewDue;

    /// <summary>Gets the last day in force on <paramref name="date"/>: the original date, or the latest extension decided
    /// by then.</summary>
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

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Deadline), Id.ToString(), What);
}
