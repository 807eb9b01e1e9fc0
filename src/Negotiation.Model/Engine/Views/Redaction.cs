namespace Negotiation.Model;

/// <summary>
/// What one party may not know of in a case, and the helpers a fact uses to restate itself without it: each fact kind
/// decides in <see cref="Fact.Redact(Redaction)"/> whether the party sees it whole, restated, or not at all (the per-party
/// view, <see cref="ViewQueries.AsSeenBy(NegotiationCase, PartyId)"/>).
/// </summary>
/// <remarks>Hidden: documents the party may not read (<see cref="Readers"/>), statements it may not know of, and demands and
/// proposals made only in those.</remarks>
internal sealed class Redaction
{
    private readonly HashSet<SubjectRef> subjects = [];

    public Redaction(CaseData data, PartyId party)
    {
        subjects.UnionWith(data.Documents.Values.Where(d => !Readers.CanSee(data, d, party)).Select(d => SubjectRef.Document(d.Id)));
        subjects.UnionWith(data.Statements.Values.Where(s => !Readers.CanSee(data, s, party)).Select(s => SubjectRef.Statement(s.Id)));
        subjects.UnionWith(data.Demands.Values.Where(d => Secret(d.Source)).Select(d => SubjectRef.Demand(d.Id)));
        subjects.UnionWith(data.Proposals.Values.Where(p => Secret(p.Source)).Select(p => SubjectRef.Proposal(p.Id)));
    }

    public bool Hides(SubjectRef subject) => subjects.Contains(subject);

    public bool Hides(DocumentId id) => Hides(SubjectRef.Document(id));

    public bool Hides(StatementId id) => Hides(SubjectRef.Statement(id));

    public bool Hides(DemandId id) => Hides(SubjectRef.Demand(id));

    public bool Hides(ProposalId id) => Hides(SubjectRef.Proposal(id));

    /// <summary>Gets the items of a list the party may know of (the same list when it may know of all).</summary>
    public static EquatableArray<T> Keep<T>(EquatableArray<T> items, Func<T, bool> hidden) =>
        items.Any(hidden) ? items.Where(item => !hidden(item)).ToEquatableArray() : items;

    private bool Secret(DemandSource? source) =>
        source is { } s && ((s.Provision is { } p && Hides(p.Document)) || (s.Statement is { } statement && Hides(statement)));
}
