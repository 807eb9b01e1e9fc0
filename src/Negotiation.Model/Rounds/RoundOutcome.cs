namespace Negotiation.Model;

/// <summary>What came out of a concluded round.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Summary">What happened, in words.</param>
public sealed record RoundOutcome(string Summary)
{
    /// <summary>Gets what happened, in words.</summary>
    public string Summary { get; init => field = Guard.NotNull(value, nameof(Summary)); } = Guard.NotNull(Summary, nameof(Summary));

    /// <summary>Gets the statements made at or after the round about it.</summary>
    public EquatableArray<StatementId> Statements { get; init; }

    /// <summary>Gets the documents handed over at the round.</summary>
    public EquatableArray<DocumentId> DocumentsHandedOver { get; init; }

    /// <summary>Gets the follow-up agreed, in words, if any.</summary>
    public string? FollowUp { get; init; }
}
