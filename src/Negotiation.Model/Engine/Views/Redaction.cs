using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>
/// What one party may not know of in a case, and the helpers a fact uses to restate itself without it: each fact kind
/// decides in <see cref="Fact.Redact(Redaction)"/> whether the party sees it whole, restated, or not at all (the per-party
/// view, <see cref="ViewQueries.AsSeenBy(NegotiationCase, PartyId)"/>).
/// </summary>
/// <remarks>
/// <para>Hidden: documents the party may not read (<see cref="Readers"/>), statements it may not know of, demands and
/// proposals made only in those; and, as the facts are redacted in log order, what cannot be stated without them: a round
/// whose precondition names a hidden thing (with every later fact about it), an agreement on a hidden text.</para>
/// <para>So every fact kept refers only to things the view has: the view is built by evolving the kept facts without
/// checking them again (<see cref="CaseEngine.Replay"/>), which is what makes it cheap.</para>
/// <para>Not thread-safe: one per view.</para>
/// </remarks>
internal sealed class Redaction
{
    private readonly HashSet<SubjectRef> subjects = [];
    private readonly HashSet<AgreementId> agreements = [];

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

    public bool Hides(RoundId id) => Hides(SubjectRef.Round(id));

    public bool Hides(AgreementId id) => agreements.Contains(id);

    /// <summary>Gets whether a precondition names a hidden round, document or demand.</summary>
    public bool Hides(Precondition precondition) => PreconditionRules.Leaves(precondition).Any(leaf => leaf.Condition switch
    {
        IRoundDependency dependency => Hides(dependency.Round),
        DocumentPresentedCondition presented => Hides(presented.Document),
        DemandAnsweredCondition answered => Hides(answered.Demand),
        _ => false,
    });

    /// <summary>Hides a round that cannot be stated, with every later fact about it.</summary>
    public void Hide(RoundId id) => subjects.Add(SubjectRef.Round(id));

    /// <summary>Hides an agreement that cannot be stated, with every later fact about it.</summary>
    public void Hide(AgreementId id) => agreements.Add(id);

    /// <summary>Gets the items of a list the party may know of (the same list when it may know of all).</summary>
    public static EquatableArray<T> Keep<T>(EquatableArray<T> items, Func<T, bool> hidden) =>
        items.Any(hidden) ? items.Where(item => !hidden(item)).ToEquatableArray() : items;

    private bool Secret(DemandSource? source) =>
        source is { } s && ((s.Provision is { } p && Hides(p.Document)) || (s.Statement is { } statement && Hides(statement)));
}
