namespace Negotiation.Model;

/// <summary>What has happened to a demand as a whole: when it was tabled and whether its author withdrew or replaced it.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Tabled">When the demand was tabled.</param>
public sealed record DemandLifecycle(Moment Tabled)
{
    /// <summary>Gets when the author withdrew the demand, if they did.</summary>
    public Moment? Withdrawn { get; init; }

    /// <summary>Gets the demand that replaced this one, if any.</summary>
    public DemandId? ReplacedBy { get; init; }

    /// <summary>Gets whether the replacement is harder than this demand (it was hardened rather than superseded).</summary>
    public bool Hardened { get; init; }

    /// <summary>Gets when the demand was replaced, if it was.</summary>
    public Moment? Replaced { get; init; }

    /// <summary>Gets whether the demand still stands (neither withdrawn nor replaced).</summary>
    public bool IsStanding => Withdrawn is null && ReplacedBy is null;

    /// <summary>Gets how the demand was settled, once it was.</summary>
    public DemandSettlement? Settlement { get; init; }
}
