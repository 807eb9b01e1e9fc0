namespace Negotiation.Model;

/// <summary>
/// What one party may not know of in a case, and the helpers a fact uses to restate itself without it: each fact kind
/// decides in <see cref="Fact.Redact(Redaction)"/> whether the party sees it whole, restated, or not at all (the per-party
/// view, <see cref="ViewQueries.AsSeenBy(NegotiationCase, PartyId)"/>).
/// </summary>
/// <remarks>
/// <para>Hidden: documents the party may not read (<see cref="Readers"/>), statements it may not know of, demands and
/// proposals made only in those; and, as the facts are redacted in log order, what cannot be stated without them: an
/// agreement on a hidden text (with every later fact about it). A round is never hidden: the parts of its precondition
/// that name a hidden thing are left out (<see cref="Redact(Precondition)"/>), as are hidden items of its agenda and
/// outcome.</para>
/// <para>So every fact kept refers only to things the view has: the view is built by evolving the kept facts without
/// checking them again (<see cref="CaseEngine.EvolveAll"/>), which is what makes it cheap.</para>
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

    public bool Hides(AgreementId id) => agreements.Contains(id);

    /// <summary>Gets the part of a precondition the party may know of: every simple part that names a hidden
    /// document or demand is left out where it stands (an all-of or any-of keeps its other parts, a not over nothing goes);
    /// <see langword="null"/> when nothing is left. The precondition itself when nothing in it is hidden.</summary>
    /// <remarks>So the party keeps the round and every later fact about it (issue 13, finding 6), and learns neither the
    /// hidden thing's id nor that the round waits for it. The recursion is bounded by <see cref="Precondition.MaxDepth"/>.</remarks>
    public Precondition? Redact(Precondition precondition)
    {
        switch (precondition)
        {
            case AllOfCondition all:
                return Composite(all, all.Parts, parts => new AllOfCondition(parts));
            case AnyOfCondition any:
                return Composite(any, any.Parts, parts => new AnyOfCondition(parts));
            case NotCondition not:
                var part = Redact(not.Part);
                return ReferenceEquals(part, not.Part) ? not : part is null ? null : new NotCondition(part);
            default:
                return Names(precondition) ? null : precondition;
        }

        Precondition? Composite(Precondition whole, EquatableArray<Precondition> parts, Func<EquatableArray<Precondition>, Precondition> make)
        {
            var kept = new List<Precondition>(parts.Count);
            var same = true;
            foreach (var original in parts)
            {
                var redacted = Redact(original);
                same &= ReferenceEquals(redacted, original);
                if (redacted is not null)
                {
                    kept.Add(redacted);
                }
            }

            return same ? whole : kept.Count == 0 ? null : make(kept.ToEquatableArray());
        }
    }

    // Rounds are never hidden, so a part that names a round is always kept.
    private bool Names(Precondition condition) => condition switch
    {
        DocumentPresentedCondition presented => Hides(presented.Document),
        DemandAnsweredCondition answered => Hides(answered.Demand),
        _ => false,
    };

    /// <summary>Hides an agreement that cannot be stated, with every later fact about it.</summary>
    public void Hide(AgreementId id) => agreements.Add(id);

    /// <summary>Gets the items of a list the party may know of (the same list when it may know of all).</summary>
    public static EquatableArray<T> Keep<T>(EquatableArray<T> items, Func<T, bool> hidden) =>
        items.Any(hidden) ? items.Where(item => !hidden(item)).ToEquatableArray() : items;

    private bool Secret(DemandSource? source) =>
        source is { } s && ((s.Provision is { } p && Hides(p.Document)) || (s.Statement is { } statement && Hides(statement)));
}
