using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>An offer rather than a requirement: what a party is ready to discuss or give, often in answer to demands.</summary>
/// <remarks>
/// <para>A proposal names the demands or documents it <see cref="Answers"/> and may be conditional ("if the other side does
/// the same", <see cref="IsReciprocal"/>). Equality is by value.</para>
/// </remarks>
/// <param name="Id">The proposal's id.</param>
/// <param name="Author">The party that makes the offer.</param>
/// <param name="Addressees">The parties the offer is made to.</param>
/// <param name="Text">What is offered, in words.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Proposal(ProposalId Id, PartyId Author, EquatableArray<PartyId> Addressees, string Text)
{
    /// <summary>Gets the proposal's id.</summary>
    public ProposalId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the party that makes the offer.</summary>
    public PartyId Author { get; init => field = Guard.Id(value, value.IsValid, nameof(Author)); } = Guard.Id(Author, Author.IsValid, nameof(Author));

    /// <summary>Gets what is offered, in words.</summary>
    public string Text { get; init => field = Guard.NotNull(value, nameof(Text)); } = Guard.NotNull(Text, nameof(Text));

    /// <summary>Gets the topics the proposal is about.</summary>
    public EquatableArray<TopicId> Topics { get; init; }

    /// <summary>Gets the demands, documents or proposals this one answers.</summary>
    public EquatableArray<SubjectRef> Answers { get; init; }

    /// <summary>Gets the condition attached to the offer, in words, if any.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets whether the offer holds only if the other side does the same.</summary>
    public bool IsReciprocal { get; init; }

    /// <summary>Gets where the proposal was made: a document's provision or a statement.</summary>
    public DemandSource? Source { get; init; }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Proposal), Id.ToString(), Text);
}
