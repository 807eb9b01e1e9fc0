namespace Negotiation.Model;

/// <summary>One source's account of a fact: the outlet, when it reported, and the date it claims the fact happened.</summary>
/// <remarks>A fact keeps every report beside its own <see cref="Fact.Source"/> (<see cref="Fact.Reports"/>); the fact's
/// <see cref="Fact.Occurred"/> is the date the case accepts. Equality is by value.</remarks>
/// <param name="Source">Who reported it and when.</param>
/// <param name="Claimed">When the report says the fact happened.</param>
public sealed record Report(Source Source, Moment Claimed)
{
    /// <summary>Gets who reported it and when.</summary>
    public Source Source { get; init => field = Guard.NotNull(value, nameof(Source)); } = Guard.NotNull(Source, nameof(Source));
}
