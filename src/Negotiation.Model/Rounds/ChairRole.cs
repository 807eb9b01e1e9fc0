namespace Negotiation.Model;

/// <summary>The role of the party that leads a round without being one of its sides, or while being one.</summary>
public enum ChairRole
{
    /// <summary>Chairs the sitting.</summary>
    Chair,

    /// <summary>Mediates between the sides.</summary>
    Mediator,
}
