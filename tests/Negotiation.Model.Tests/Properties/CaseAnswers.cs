using System.Collections;
using System.Globalization;
using NodaTime;

namespace Negotiation.Model.Tests.Properties;

/// <summary>Every query's answer on a case, each rendered to one line: two cases that answer alike give equal lists, and
/// a query that throws fails the test that asks. Used to compare answers, not only logs (case equality is id, title and
/// log).</summary>
/// <remarks>Records are rendered by their own <c>ToString</c>; lists held inside a record render through
/// <see cref="EquatableArray{T}"/>'s, which lists the items.</remarks>
internal static class CaseAnswers
{
    private static readonly LocalDate[] Days = [new(2021, 12, 16), new(2021, 12, 22), new(2022, 1, 15), new(2022, 3, 1)];

    /// <summary>Asks every query of <paramref name="negotiation"/>, for every id it holds and <paramref name="parties"/>.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="parties">Parties to ask about besides the case's own (viewers, unknown ids).</param>
    /// <returns>One line per answer.</returns>
    public static IReadOnlyList<string> Of(NegotiationCase negotiation, params IEnumerable<PartyId> parties)
    {
        var answers = new List<string>();
        void Add(string question, object? answer) => answers.Add(question + " = " + Render(answer));

        Add("version", negotiation.Version);
        Add("parties", negotiation.Parties.Values);
        Add("representatives", negotiation.Representatives.Values);
        Add("topics", negotiation.Topics.Values);
        Add("demands", negotiation.Demands.Values);
        Add("documents", negotiation.Documents.Values);
        Add("rounds", negotiation.Rounds.Values);
        Add("statements", negotiation.Statements.Values);
        Add("deadlines", negotiation.Deadlines.Values);
        Add("proposals", negotiation.Proposals.Values);
        Add("commitments", negotiation.Commitments.Values);
        Add("developments", negotiation.Developments.Values);
        Add("agreements", negotiation.Agreements.Values);
        Add("log", negotiation.Log.Select(f => f.ToString()));
        Add("open demands", negotiation.OpenDemands());
        Add("readiness", negotiation.Readiness());
        Add("order", negotiation.OrderOfRounds());
        Add("breaches", negotiation.BrokenCommitments());
        Add("positions", negotiation.PositionsMatrix());
        Add("disputed", negotiation.DisputedDates());
        Add("timeline", negotiation.Timeline(LocalDate.MinIsoValue, LocalDate.MaxIsoValue));
        Add("rounds in", negotiation.RoundsIn(new DateInterval(new LocalDate(2021, 12, 1), new LocalDate(2022, 2, 28)), "Europe/Zurich"));
        Add("validation", negotiation.Validate().Errors.Select(e => $"{e.ErrorCode} {e.PropertyName} {e.Severity}"));
        foreach (var day in Days)
        {
            Add($"missed dues {day}", negotiation.MissedDues(day));
            Add($"positions {day}", negotiation.PositionsMatrix(day));
        }

        foreach (var round in negotiation.Rounds.Keys)
        {
            Add($"can start {round}", negotiation.CanStart(round));
            Add($"participants {round}", negotiation.ParticipantsOf(round, expandOrganisations: true));
        }

        foreach (var demand in negotiation.Demands.Keys)
        {
            Add($"statuses {demand}", negotiation.StatusesOf(demand));
            Add($"settlement {demand}", negotiation.SettlementOf(demand));
            Add($"provisions {demand}", negotiation.ProvisionsCarrying(demand));
            Add($"conflicts {demand}", negotiation.ConflictingDemands(demand));
            Add($"proposals {demand}", negotiation.ProposalsAnswering(SubjectRef.Demand(demand)));
            Add($"statements on {demand}", negotiation.StatementsOn(demand).Select(st => st.Id));
        }

        foreach (var agreement in negotiation.Agreements.Values)
        {
            foreach (var day in Days)
            {
                foreach (var kind in agreement.Milestones.Select(m => m.Kind).Prepend(MilestoneKind.EntryIntoForce))
                {
                    Add($"milestone {agreement.Id} {kind} {day}", negotiation.MilestoneDate(agreement.Id, kind, day));
                }
            }
        }

        foreach (var document in negotiation.Documents.Keys)
        {
            Add($"carried {document}", negotiation.DemandsCarriedBy(document));
            Add($"revisions {document}", negotiation.RevisionHistory(document));
            Add($"replies {document}", negotiation.RepliesTo(document));
        }

        foreach (var party in negotiation.Parties.Keys.Concat(parties).Distinct())
        {
            Add($"rounds of {party}", negotiation.RoundsOf(party));
            Add($"visible to {party}", negotiation.DocumentsVisibleTo(party).Select(d => d.Id));
            Add($"addressed to {party}", negotiation.OpenDemands().AddressedTo(party));
            if (negotiation.Parties.ContainsKey(party))
            {
                // Party.ToString names kind, id and name only: the structure is asked for here.
                Add($"parts of {party}", negotiation.PartsOf(party));
                Add($"enclosing {party}", negotiation.EnclosingParties(party));
            }

            foreach (var day in Days)
            {
                if (negotiation.Parties.ContainsKey(party))
                {
                    Add($"members of {party} {day}", negotiation.MembersOf(party, day)); // refuses an unknown id, as documented
                }

                Add($"organisations of {party} {day}", negotiation.OrganisationsOf(party, day));
            }

            foreach (var demand in negotiation.Demands.Keys)
            {
                Add($"stance of {party} on {demand}", negotiation.StanceOn(party, SubjectRef.Demand(demand)));
            }
        }

        return answers;
    }

    private static string Render(object? answer) => answer switch
    {
        null => "null",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join("; ", items.Cast<object?>().Select(Render)) + "]",
        _ => answer.ToString() ?? "",
    };
}
