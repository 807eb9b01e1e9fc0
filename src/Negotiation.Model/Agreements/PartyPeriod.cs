using NodaTime;

namespace Negotiation.Model;

/// <summary>A period in which a party is a party to an agreement (<see cref="Agreement.PartyPeriods"/>).</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="From">The first day the agreement is in force for the party.</param>
/// <param name="Until">The day its withdrawal takes effect (its first day outside), or <see langword="null"/> while it is a party.</param>
public sealed record PartyPeriod(LocalDate From, LocalDate? Until);
