namespace Negotiation.Model;

/// <summary>One thing that differs between two versions of a case.</summary>
/// <remarks>Produced by <see cref="TimelineQueries.ChangesSince(NegotiationCase, NegotiationCase)"/>. Equality is by value.</remarks>
public sealed record EntityChange
{
    internal EntityChange(EntityKind kind, string id, ChangeKind change, string description)
    {
        Kind = kind;
        Id = id;
        Change = change;
        Description = description;
    }

    /// <summary>Gets what kind of thing changed.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets its id (for a position, <c>party → subject</c>).</summary>
    public string Id { get; }

    /// <summary>Gets whether it was added, removed or changed.</summary>
    public ChangeKind Change { get; }

    /// <summary>Gets the change in words.</summary>
    public string Description { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The change in words.</returns>
    public override string ToString() => Description;
}
