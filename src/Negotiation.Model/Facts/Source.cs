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

    /// <summary>Gets the person quoted, if the report quotes one.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the channel of the report ("interview", "press briefing"), if known.</summary>
    public string? Channel { get; init; }

    /// <summary>Gets a reference to the report (a title or an archive key), if any.</summary>
    public string? Reference { get; init; }
}
