using NodaTime;

namespace Negotiation.Model;

/// <summary>The period in which a representative holds an office.</summary>
/// <remarks>
/// <para><see cref="From"/> is the first day in office; <see cref="Until"/>, when set, is the last day in office. The
/// validators check that the term is well ordered. Equality is by value. <c>default</c> starts on 1 January 1 (ISO).</para>
/// </remarks>
/// <param name="From">The first day in office.</param>
/// <param name="Until">The last day in office, or <see langword="null"/> while the term lasts.</param>
public readonly record struct TermOfOffice(LocalDate From, LocalDate? Until = null)
{
    /// <summary>Gets the first day in office (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate From { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(From);

    /// <summary>Gets the last day in office, or <see langword="null"/> while the term lasts (in the ISO calendar).</summary>
    public LocalDate? Until { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Until);

    /// <summary>Gets whether the term covers <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the representative was in office that day.</returns>
    public bool Covers(LocalDate date)
    {
        date = IsoDates.Iso(date);
        return From <= date && (Until is not { } until || date <= until);
    }

    /// <summary>Does the term cover <paramref name="moment"/>?</summary>
    /// <param name="moment">When something was said or done, possibly approximate.</param>
    /// <returns>Yes when every day the moment may fall on is in office, no when none is, otherwise undetermined.</returns>
    public Truth Covers(Moment moment)
    {
        var window = moment.Window;
        var startsInside = Covers(window.Start);
        var endsInside = Covers(window.End);
        if (startsInside && endsInside)
        {
            return Truth.Yes;
        }

        var disjoint = window.End < From || (Until is { } until && window.Start > until);
        return disjoint ? Truth.No : Truth.Undetermined;
    }
}
