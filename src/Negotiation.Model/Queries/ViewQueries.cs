namespace Negotiation.Model;

/// <summary>
/// Views: the case as one party sees it, with the confidential documents and statements it may not know of left out.
/// </summary>
/// <remarks>
/// <para>A party sees a document when it is public (handed over as public, or published or leaked since) or when the party
/// is among its authors, addressees or named readers, or a member of such an organisation when it was handed over; a
/// statement when it is public or the party is its speaker's party, an addressee or a named reader (or a member of one).
/// Whatever was stated only in hidden texts goes too: demands and proposals made in them, positions on them, their places
/// on agendas and in round outcomes, replies' links to them. A fact that cannot be stated without a hidden thing (a round
/// whose precondition names a hidden document) is left out with everything that depends on it.</para>
/// <para>Disclosure counts as of the case asked: compose with <see cref="NegotiationCase.AsOf(NodaTime.LocalDate)"/> to see
/// what a party could see on a day (<c>negotiation.AsOf(day).AsSeenBy(party)</c>): a text leaked later is still hidden,
/// and it appears from the day it was leaked.</para>
/// <para>The view is built by recording the visible facts into a new case with the same id and title, so it costs one
/// pass over the log; every query works on it.</para>
/// </remarks>
public static class ViewQueries
{
    /// <summary>Gets the case as <paramref name="party"/> sees it.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <returns>An ordinary case holding only what the party may know of.</returns>
    /// <example>
    /// <code>
    /// var eu = new PartyId("eu");
    /// var asTheEuSawIt = negotiation.AsOf(new LocalDate(2022, 1, 31)).AsSeenBy(eu); // the confidential US response is hidden
    /// var afterTheLeak = negotiation.AsOf(new LocalDate(2022, 2, 2)).AsSeenBy(eu);  // now it is there
    /// </code>
    /// </example>
    public static NegotiationCase AsSeenBy(this NegotiationCase negotiation, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var hidden = new Hidden(negotiation.Data, party);
        var view = negotiation.With(CaseData.Empty);
        foreach (var fact in negotiation.Log)
        {
            if (hidden.Show(fact) is { } shown && view.Record(shown).TryGetCase(out var next))
            {
                view = next!;
            }
        }

        return view;
    }

    /// <summary>What one party may not know of, and how to restate a fact without it.</summary>
    private sealed class Hidden
    {
        private readonly HashSet<SubjectRef> subjects = [];

        public Hidden(CaseData data, PartyId party)
        {
            subjects.UnionWith(data.Documents.Values.Where(d => !Readers.CanSee(data, d, party)).Select(d => SubjectRef.Document(d.Id)));
            subjects.UnionWith(data.Statements.Values.Where(s => !Readers.CanSee(data, s, party)).Select(s => SubjectRef.Statement(s.Id)));
            subjects.UnionWith(data.Demands.Values.Where(d => Secret(d.Source)).Select(d => SubjectRef.Demand(d.Id)));
            subjects.UnionWith(data.Proposals.Values.Where(p => Secret(p.Source)).Select(p => SubjectRef.Proposal(p.Id)));
        }

        public Fact? Show(Fact fact) => fact switch
        {
            DocumentPresented f when Is(f.Document.Id) => null,
            DocumentPresented { Document.RepliesTo: { } original } f when Is(original) => f with { Document = f.Document with { RepliesTo = null } },
            DocumentRevised f when Is(f.Document) => null,
            DocumentDisclosed f when Is(f.Document) => null,
            StatementMade f when Is(f.Statement.Id) => null,
            StatementMade f when f.Statement.About.Any(Is) => f with { Statement = f.Statement with { About = Keep(f.Statement.About) } },
            DemandTabled f when Is(f.Demand.Id) => null,
            DemandWithdrawn f when Is(f.Demand) => null,
            DemandReplaced f when Is(f.Demand) || Is(f.By) => null,
            ProposalMade f when Is(f.Proposal.Id) => null,
            ProposalMade f when f.Proposal.Answers.Any(Is) => f with { Proposal = f.Proposal with { Answers = Keep(f.Proposal.Answers) } },
            RoundPlanned f when f.Round.Agenda.Documents.Any(Is) || f.Round.Agenda.Demands.Any(Is) => f with
            {
                Round = f.Round with
                {
                    Agenda = f.Round.Agenda with
                    {
                        Documents = f.Round.Agenda.Documents.Where(d => !Is(d)).ToEquatableArray(),
                        Demands = f.Round.Agenda.Demands.Where(d => !Is(d)).ToEquatableArray(),
                    },
                },
            },
            RoundConcluded f when f.Outcome.Statements.Any(Is) || f.Outcome.DocumentsHandedOver.Any(Is) => f with
            {
                Outcome = f.Outcome with
                {
                    Statements = f.Outcome.Statements.Where(s => !Is(s)).ToEquatableArray(),
                    DocumentsHandedOver = f.Outcome.DocumentsHandedOver.Where(d => !Is(d)).ToEquatableArray(),
                },
            },
            DeadlineSet { Deadline.Subject: { } subject } f when Is(subject) => f with { Deadline = f.Deadline with { Subject = null } },
            AgreementAdopted f when Is(f.Agreement.Text) => null,
            _ => fact,
        };

        private bool Secret(DemandSource? source) =>
            source is { } s && ((s.Provision is { } p && Is(p.Document)) || (s.Statement is { } statement && Is(statement)));

        private bool Is(SubjectRef subject) => subjects.Contains(subject);

        private bool Is(DocumentId id) => Is(SubjectRef.Document(id));

        private bool Is(StatementId id) => Is(SubjectRef.Statement(id));

        private bool Is(DemandId id) => Is(SubjectRef.Demand(id));

        private bool Is(ProposalId id) => Is(SubjectRef.Proposal(id));

        private EquatableArray<SubjectRef> Keep(EquatableArray<SubjectRef> items) => items.Where(s => !Is(s)).ToEquatableArray();
    }
}
