using System.Collections.Immutable;
using FluentValidation;

namespace Negotiation.Model.Validation;

/// <summary>Validates a whole case: every entity with its concept's validator against the case, every log entry, and
/// the rules that span the aggregate.</summary>
/// <remarks>
/// <para>Runs <see cref="PartyValidator"/>, <see cref="RepresentativeValidator"/>, <see cref="TopicValidator"/>,
/// <see cref="DemandValidator"/>, <see cref="ProposalValidator"/>, <see cref="DocumentValidator"/>,
/// <see cref="RoundValidator"/>, <see cref="CommitmentValidator"/>, <see cref="StatementValidator"/>,
/// <see cref="DeadlineValidator"/>, <see cref="DevelopmentValidator"/> and <see cref="AgreementValidator"/> over every
/// entity, with the case as context, so every reference resolves, planned times respect the order preconditions impose,
/// statements fall within the speaker's term and broken commitments are reported; then <see cref="FactValidator"/> over
/// every entry of the log (<c>Log[i]</c>) that did not pass it when it was recorded; then the precondition graph, which must have no cycle through round-held or
/// round-concluded preconditions (<see cref="ErrorCodes.PreconditionCycle"/> on every round of the cycle).</para>
/// <para>Recording a fact checks only what the fact touches; this validator checks everything, so it also finds what a
/// later fact made inconsistent after the time (a development recorded late, dated before a round it should have
/// blocked). A case built through facts yields no errors otherwise. <see cref="NegotiationCase.Validate"/> runs it.</para>
/// <para>The log's entries: <see cref="FactValidator"/> reads nothing but the fact, which is immutable, and reports only
/// errors, which stop a fact at its check. So the facts of a case built through <see cref="NegotiationCase.Record"/>,
/// <see cref="NegotiationCase.RecordAll"/> or a load all passed it once and would pass it again; it runs again only over
/// facts that entered a log without a check (the redacted facts of <see cref="ViewQueries.AsSeenBy"/>). On the
/// benchmarks' case of 100,000 facts that is 0.23 s of about 0.6 s not spent twice.</para>
/// <para>Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class NegotiationCaseValidator : AbstractValidator<NegotiationCase>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public NegotiationCaseValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Parties).Custom((parties, context) => Each(context, PartyValidator.Instance, parties.Values));
        RuleFor(c => c.Representatives).Custom((representatives, context) => Each(context, RepresentativeValidator.Instance, representatives.Values));
        RuleFor(c => c.Topics).Custom((topics, context) => Each(context, TopicValidator.Instance, topics.Values));
        RuleFor(c => c.Demands).Custom((demands, context) => Each(context, DemandValidator.Instance, demands.Values));
        RuleFor(c => c.Proposals).Custom((proposals, context) => Each(context, ProposalValidator.Instance, proposals.Values));
        RuleFor(c => c.Documents).Custom((documents, context) => Each(context, DocumentValidator.Instance, documents.Values));
        RuleFor(c => c.Rounds).Custom((rounds, context) => Each(context, RoundValidator.Instance, rounds.Values));
        RuleFor(c => c.Commitments).Custom((commitments, context) => Each(context, CommitmentValidator.Instance, commitments.Values));
        RuleFor(c => c.Statements).Custom((statements, context) => Each(context, StatementValidator.Instance, statements.Values));
        RuleFor(c => c.Deadlines).Custom((deadlines, context) => Each(context, DeadlineValidator.Instance, deadlines.Values));
        RuleFor(c => c.Developments).Custom((developments, context) => Each(context, DevelopmentValidator.Instance, developments.Values));
        RuleFor(c => c.Agreements).Custom((agreements, context) => Each(context, AgreementValidator.Instance, agreements.Values));
        RuleFor(c => c.Log).Custom((log, context) =>
        {
            // A checked log passed this validator fact by fact, and its rules read only the fact (see CaseData.LogChecked).
            if (context.InstanceToValidate.Data.LogChecked)
            {
                return;
            }

            var i = 0;
            foreach (var fact in log)
            {
                context.ValidateNested(FactValidator.Instance, fact, $"Log[{i++}]");
            }
        });
        RuleFor(c => c.Rounds).Custom(NoPreconditionCycles);
    }

    /// <summary>Gets the shared instance.</summary>
    public static NegotiationCaseValidator Instance => Shared<NegotiationCaseValidator>.Value;

    private static void Each<T>(ValidationContext<NegotiationCase> context, IValidator<T> validator, IEnumerable<T> entities)
    {
        foreach (var entity in entities)
        {
            context.ValidateNested(validator, entity);
        }
    }

    // Tarjan's strongly connected components over "round requires round": every round in a component of two or more
    // rounds lies on a cycle. A round that requires itself is the RoundValidator's to report.
    private static void NoPreconditionCycles(ImmutableSortedDictionary<RoundId, Round> rounds, ValidationContext<NegotiationCase> context)
    {
        var index = new Dictionary<RoundId, int>();
        var low = new Dictionary<RoundId, int>();
        var component = new Dictionary<RoundId, int>();
        var stack = new Stack<RoundId>();
        var onStack = new HashSet<RoundId>();
        var sizes = new List<int>();

        IEnumerable<RoundId> Requires(RoundId id) =>
            rounds[id].Precondition?.RequiredRounds().Where(r => r.IsValid && r != id && rounds.ContainsKey(r)) ?? [];

        void Visit(RoundId root)
        {
            // Iterative depth-first search, so a long chain of rounds cannot overflow the stack.
            var work = new Stack<(RoundId Id, IEnumerator<RoundId> Next)>();
            Enter(root);
            while (work.Count > 0)
            {
                var (id, next) = work.Peek();
                if (next.MoveNext())
                {
                    var to = next.Current;
                    if (!index.TryGetValue(to, out var toIndex))
                    {
                        Enter(to);
                    }
                    else if (onStack.Contains(to))
                    {
                        low[id] = Math.Min(low[id], toIndex);
                    }

                    continue;
                }

                work.Pop();
                next.Dispose();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Id;
                    low[parent] = Math.Min(low[parent], low[id]);
                }

                if (low[id] == index[id])
                {
                    var size = 0;
                    RoundId member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component[member] = sizes.Count;
                        size++;
                    }
                    while (member != id);
                    sizes.Add(size);
                }
            }

            void Enter(RoundId id)
            {
                index[id] = low[id] = index.Count;
                stack.Push(id);
                onStack.Add(id);
                work.Push((id, Requires(id).GetEnumerator()));
            }
        }

        foreach (var id in rounds.Keys)
        {
            if (!index.ContainsKey(id))
            {
                Visit(id);
            }
        }

        foreach (var (id, round) in rounds)
        {
            if (sizes[component[id]] < 2)
            {
                continue;
            }

            foreach (var leaf in PreconditionRules.Leaves(round.Precondition!))
            {
                if (leaf.Condition is IRoundDependency { Round: var to } && to != id && component.TryGetValue(to, out var c) && c == component[id])
                {
                    context.AddFailure(Failures.Error(ErrorCodes.PreconditionCycle, $"Rounds[{id}].Precondition[{leaf.Index}]", $"{Naming.Round(context.InstanceToValidate.Data, round)} requires '{to}' first, which (through its own preconditions) requires this round first: the rounds wait for each other. Remove one requirement."));
                }
            }
        }
    }
}
