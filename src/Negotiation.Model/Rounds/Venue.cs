namespace Negotiation.Model;

/// <summary>Where a round takes place, with the time zone its local times are in.</summary>
/// <remarks>Equality is by value. The validators check the zone id against the tz database.</remarks>
/// <param name="Name">The place ("Geneva, US mission").</param>
/// <param name="ZoneId">An IANA zone id ("Europe/Zurich").</param>
public sealed record Venue(string Name, string ZoneId)
{
    /// <summary>Gets the place.</summary>
    public string Name { get; init => field = Guard.NotNull(value, nameof(Name)); } = Guard.NotNull(Name, nameof(Name));

    /// <summary>Gets the IANA zone id.</summary>
    public string ZoneId { get; init => field = Guard.NotNull(value, nameof(ZoneId)); } = Guard.NotNull(ZoneId, nameof(ZoneId));
}
