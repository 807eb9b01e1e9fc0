using System.Globalization;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Where the model learned a fact: the outlet or speaker, the channel, and the day of the report.</summary>
/// <remarks>Equality is by value. The outlet must not be blank; a case refuses a fact whose source is.</remarks>
/// <param name="Outlet">The outlet or institution that reported it ("Reuters", "RT", "Brussels statement").</param>
/// <param name="ReportedOn">The day of the report.</param>
public sealed record Source(string Outlet, LocalDate ReportedOn)
{
    /// <summary>Gets the outlet or institution that reported the fact.</summary>
    public string Outlet { get; init => field = Guard.NotNull(value, nameof(Outlet)); } = Guard.NotNull(Outlet, nameof(Outlet));

    /// <summary>Gets the day of the report (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate ReportedOn { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(ReportedOn);

    /// <summary>Gets the person quoted, if the report quotes one.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the channel of the report ("interview", "press briefing"), if known.</summary>
    public string? Channel { get; init; }

    /// <summary>Gets a reference to the report (a title or an archive key), if any.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the outlet, the speaker and channel when known, and the day of the report in ISO form, whatever
    /// the current culture: <c>RT, Sergey Ryabkov, interview, 2021-12-22</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new[] { Outlet, Speaker, Channel, ReportedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
