using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>Who demands what of whom: "Russia demands that NATO admit no new members".</summary>
/// <remarks>
/// <para>A demand is tabled by a <see cref="DemandTabled"/> fact; its status per addressee (<see cref="DemandStatus"/>)
/// follows from what happens afterwards and is answered by the case, not stored here. A case refuses a demand whose
/// author is among its addressees, that has no addressee, whose source provision belongs to a document by another
/// author, whose package mixes authors, or that formalises a statement unknown or made after it was tabled.</para>
/// <para>Equality is by value, collections compared item by item in order.</para>
/// </remarks>
/// <example>
/// <code>
/// var noEnlargement = new Demand(new DemandId("no-enlargement"), russia, [nato], "The alliance must not admit new members.")
/// {
///     Kind = DemandKind.Prohibition,
///     Topics = [natoEnlargement],
///     Source = DemandSource.InProvision(draftAgreement, 1, "6"),
/// };
/// </code>
/// </example>
/// <param name="Id">The demand's id.</param>
/// <param name="Author">The party that makes the demand.</param>
/// <param name="Addressees">The parties the demand is made of.</param>
/// <param name="Text">What is demanded, in words.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Demand(DemandId Id, PartyId Author, EquatableArray<PartyId> Addressees, string Text)
{
    /// <summary>Gets the demand's id.</summary>
    public DemandId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the party that makes the demand.</summary>
    public PartyId Author { get; init => field = Guard.Id(value, value.IsValid, nameof(Author)); } = Guard.Id(Author, Author.IsValid, nameof(Author));

    /// <summary>Gets what is demanded, in words.</summary>
    public string Text { get; init => field = Guard.NotNull(value, nameof(Text)); } = Guard.NotNull(Text, nameof(Text));

    /// <summary>Gets what sort of thing is demanded.</summary>
    public DemandKind Kind { get; init; } = DemandKind.Other;

    /// <summary>Gets the topics the demand is about.</summary>
    public EquatableArray<TopicId> Topics { get; init; }

    /// <summary>Gets the parties the demand concerns without being addressed to them ("former Soviet states").</summary>
    public EquatableArray<PartyId> Concerns { get; init; }

    /// <summary>Gets the package the demand belongs to when its author insists on all or nothing; demands of one package
    /// share a package name and an author.</summary>
    public string? Package { get; init; }

    /// <summary>Gets where the demand was made: a document's provision or a statement.</summary>
    public DemandSource? Source { get; init; }

    /// <summary>Gets the parties that make the demand together with its <see cref="Author"/>, if any.</summary>
    public EquatableArray<PartyId> CoAuthors { get; init; }

    /// <summary>Gets further provisions, in this or other documents, that carry the demand besides its
    /// <see cref="Source"/> (guidelines, a joint report, an agreement's article).</summary>
    public EquatableArray<ProvisionRef> AlsoCarriedBy { get; init; }

    /// <summary>Gets the other parties' demands this one conflicts with.</summary>
    public EquatableArray<DemandId> ConflictsWith { get; init; }

    /// <summary>Gets the earlier statements whose stand this demand formalises: what was said before the demand existed
    /// ("I cannot support an indefinite backstop", months before the Commons tabled a time limit). A statement cannot name
    /// a demand not yet tabled, so the link is made here, by the later fact; each was made no later than the demand was
    /// tabled. <see cref="DemandQueries.StatementsOn"/> counts them among the statements on the demand.</summary>
    public EquatableArray<StatementId> Formalises { get; init; }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>Demand ru-nato-no-new-members (The alliance must not admit new members.)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Demand), Id.ToString(), Text);
}
