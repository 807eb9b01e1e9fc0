namespace Negotiation.Model;

/// <summary>One person who attended a held round, beyond or besides the delegations named when it was planned, and when
/// they joined if they came late.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Person">The person.</param>
/// <param name="Joined">When they joined, if after the round's start; <see langword="null"/> for the whole round.</param>
public sealed record Attendance(RepresentativeId Person, Moment? Joined = null)
{
    /// <summary>Gets the person.</summary>
    public RepresentativeId Person { get; init => field = Guard.Id(value, value.IsValid, nameof(Person)); } = Guard.Id(Person, Person.IsValid, nameof(Person));

    /// <summary>Gets whether the person joined after the start.</summary>
    public bool JoinedLate => Joined is not null;
}
