using System.Runtime.CompilerServices;

namespace Negotiation.Model;

/// <summary>
/// Look-ups that answer "which statements are on this subject" and "which demands name this one as conflicting" without a
/// pass over the whole case per question: built once per version of a case, on the first question that needs them.
/// </summary>
/// <remarks>
/// <para>Why not an index kept by <see cref="CaseIndexer"/>: every <see cref="CaseEngine.Record"/> would pay for it (a
/// persistent multimap write per subject a statement names), and so would every checkpoint "as of" keeps, although
/// only these two queries read it and many uses of a case never ask them. Built on demand, it costs one pass over the
/// statements and demands of the version asked about (about as much as one answer cost before), and then each answer
/// costs its own size.</para>
/// <para>Keyed by the case's data, which is immutable, in a <see cref="ConditionalWeakTable{TKey, TValue}"/>: a version
/// that is no longer referenced takes its look-ups with it, and a new version builds its own. Thread-safe; two threads
/// asking at once may both build, and one result is kept.</para>
/// </remarks>
internal sealed class SubjectLookups
{
    private static readonly ConditionalWeakTable<CaseData, SubjectLookups> Built = [];

    private readonly Dictionary<SubjectRef, List<Statement>> statementsOn = [];
    private readonly Dictionary<DemandId, List<DemandId>> namedAsConflicting = [];

    private SubjectLookups(CaseData data)
    {
        foreach (var statement in data.Statements.Values)
        {
            foreach (var subject in statement.About)
            {
                Add(subject, statement);
            }

            foreach (var stance in statement.Stances)
            {
                Add(stance.Subject, statement);
            }
        }

        foreach (var demand in data.Demands.Values)
        {
            foreach (var other in demand.ConflictsWith)
            {
                if (!namedAsConflicting.TryGetValue(other, out var naming))
                {
                    namedAsConflicting[other] = naming = [];
                }

                naming.Add(demand.Id);
            }
        }

        void Add(SubjectRef subject, Statement statement)
        {
            if (!statementsOn.TryGetValue(subject, out var on))
            {
                statementsOn[subject] = on = [];
            }

            // A statement that names a subject twice (about it and with a stance on it) is listed once: its entries are adjacent.
            if (on.Count == 0 || !ReferenceEquals(on[^1], statement))
            {
                on.Add(statement);
            }
        }
    }

    /// <summary>Gets the look-ups of <paramref name="data"/>, building them on first use.</summary>
    public static SubjectLookups Of(CaseData data) => Built.GetValue(data, static d => new SubjectLookups(d));

    /// <summary>Gets the statements about <paramref name="subject"/> or taking a stance on it, each once, in id order.</summary>
    public IReadOnlyList<Statement> StatementsOn(SubjectRef subject) =>
        statementsOn.TryGetValue(subject, out var on) ? on : [];

    /// <summary>Gets the demands whose <see cref="Demand.ConflictsWith"/> names <paramref name="demand"/>, in id order.</summary>
    public IReadOnlyList<DemandId> NamingAsConflicting(DemandId demand) =>
        namedAsConflicting.TryGetValue(demand, out var naming) ? naming : [];
}
