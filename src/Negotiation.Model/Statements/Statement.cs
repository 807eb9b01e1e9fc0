using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>Something a party or one of its representatives said.</summary>
/// <remarks>
/// <para>A statement is attributed to a <see cref="Party"/> and, where known, to the <see cref="Speaker"/>; a case refuses a
/// statement by a representative outside their term or on behalf of another party. A statement is public unless marked
/// otherwise (<see cref="Visibility"/>): a message passed in confidence is known only to its party, its addressees and
/// any parties it is shared with. Acceptances, rejections and
/// proposals about demands, documents or proposals update the party's <see cref="Position"/> on them.</para>
/// <para>When it was said is the time of the <see cref="StatementMade"/> fact that records it, copied into <see cref="Made"/>.
/// Equality is by value.</para>
/// </remarks>
/// <param name="Id">The statement's id.</param>
/// <param name="Party">The party the statement is attributed to.</param>
/// <param name="Kind">What the statement does.</param>
/// <param name="Quote">What was said, quoted or summarised.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Statement(StatementId Id, PartyId Party, StatementKind Kind, string Quote)
{
    /// <summary>Gets the statement's id.</summary>
    public StatementId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the party the statement is attributed to.</summary>
    public PartyId Party { get; init => field = Guard.Id(value, value.IsValid, nameof(Party)); } = Guard.Id(Party, Party.IsValid, nameof(Party));

    /// <summary>Gets what was said.</summary>
    public string Quote { get; init => field = Guard.NotNull(value, nameof(Quote)); } = Guard.NotNull(Quote, nameof(Quote));

    /// <summary>Gets the representative who spoke, if known.</summary>
    public RepresentativeId? Speaker { get; init; }

    /// <summary>Gets the channel.</summary>
    public StatementChannel Channel { get; init; } = StatementChannel.Other;

    /// <summary>Gets the outlet the statement was made to or through ("RT"), if any.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets the parties the statement is addressed to, if any.</summary>
    public EquatableArray<PartyId> Addressees { get; init; }

    /// <summary>Gets what the statement is about: demands, documents, proposals, other statements, rounds, topics, parties
    /// or developments.</summary>
    public EquatableArray<SubjectRef> About { get; init; }

    /// <summary>Gets whether an acceptance or rejection covers its subjects whole or in part.</summary>
    public Extent Extent { get; init; } = Extent.Whole;

    /// <summary>Gets who may know of the statement: public (the default: said in public), confidential (only its party
    /// and addressees, and the members of those that are organisations) or shared with named parties (also
    /// <see cref="SharedWith"/>). A case as one party sees it (<see cref="ViewQueries.AsSeenBy(NegotiationCase, PartyId)"/>)
    /// leaves out the statements that party may not know of.</summary>
    public Visibility Visibility { get; init; } = Visibility.Public;

    /// <summary>Gets the further parties that may know of a statement shared with named parties.</summary>
    public EquatableArray<PartyId> SharedWith { get; init; }

    /// <summary>Gets the condition attached to an acceptance ("if the other side does the same"), if any.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets the stances the statement takes subject by subject, each with its own extent and condition, when
    /// it takes different stances on different subjects. A subject named here takes this stance; the other subjects in
    /// <see cref="About"/> take the stance of the statement's <see cref="Kind"/>.</summary>
    public EquatableArray<StanceTaken> Stances { get; init; }

    /// <summary>Gets when the statement was made (filled in by the case from the fact that records it).</summary>
    public Moment Made { get; internal init; }

    /// <summary>Gets the stance the statement takes on the demands, documents and proposals it is about: an acceptance
    /// accepts (conditionally when it names a condition), a rejection rejects, a proposal is open to discuss; other kinds
    /// take none.</summary>
    internal Stance? KindStance => Kind switch
    {
        StatementKind.Acceptance => Condition is null ? Stance.Accepts : Stance.AcceptsConditionally,
        StatementKind.Rejection => Stance.Rejects,
        StatementKind.Proposal => Stance.OpenToDiscuss,
        _ => null,
    };

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Statement), Id.ToString(), Quote);
}
