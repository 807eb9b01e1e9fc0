namespace Negotiation.Model;

/// <summary>What a round is to discuss: topics, documents and demands.</summary>
/// <remarks>Equality is by value. <see cref="Empty"/> is the agenda with nothing on it.</remarks>
public sealed record Agenda
{
    /// <summary>Gets the agenda with nothing on it.</summary>
    public static Agenda Empty { get; } = new();

    /// <summary>Gets the topics on the agenda.</summary>
    public EquatableArray<TopicId> Topics { get; init; }

    /// <summary>Gets the documents on the agenda.</summary>
    public EquatableArray<DocumentId> Documents { get; init; }

    /// <summary>Gets the demands on the agenda.</summary>
    public EquatableArray<DemandId> Demands { get; init; }
}
