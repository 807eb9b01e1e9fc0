using CsCheck;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>
/// Generated negotiations for the property tests: a set of parties, organisations and topics, then a history of
/// operations whose targets are picked among what exists when each is applied. Facts the case refuses are skipped, as
/// a user's would be, so every history yields a valid case.
/// </summary>
/// <remarks>
/// Times are drawn over two years with every kind of moment (exact, zoned, a day, a week, a month) and recorded after
/// a random delay, so the log is out of order in both valid and record time: the time-travel fast path meets late facts
/// on every run.
/// </remarks>
internal static class GeneratedCases
{
    public static readonly LocalDate Epoch = new(2021, 1, 1);

    private static readonly string[] Zones = ["Europe/Brussels", "America/New_York", "Asia/Tokyo", "Europe/Zurich"];

    private static readonly Gen<Op> Ops = Gen.Select(
        Gen.Int[0, 99], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 720], Gen.Int[0, 60],
        (kind, a, b, c, d, day, lag) => new Op(kind, a, b, c, d, day, lag));

    /// <summary>Histories with a party count in [parties / 2, parties] and an operation count in [minOps, maxOps].</summary>
    public static Gen<History> Histories(int parties, int minOps, int maxOps) =>
        Gen.Select(Gen.Int[Math.Max(3, parties / 2), parties], Ops.Array[minOps, maxOps], (p, ops) => new History(p, ops));

    /// <summary>Days to ask "as of", "between" and "in" about: across the generated period and beyond both ends.</summary>
    public static Gen<LocalDate> Dates => Gen.Int[-30, 800].Select(d => Epoch.PlusDays(d));

    public static NegotiationCase Build(History history) => new Builder(history.Parties).Apply(history.Ops);

    /// <summary>One operation: its kind (0–99, by frequency) and numbers that pick its targets and details.</summary>
    internal readonly record struct Op(int Kind, int A, int B, int C, int D, int Day, int Lag);

    /// <summary>A generated history.</summary>
    internal sealed record History(int Parties, Op[] Ops)
    {
        public override string ToString() => $"{Parties} parties, {Ops.Length} operations: {string.Join(" ", Ops.Take(40).Select(o => $"[{o.Kind} {o.A} {o.B} {o.C} {o.D} {o.Day} {o.Lag}]"))}…";
    }

    private sealed class Builder
    {
        private readonly List<PartyId> states = [];
        private readonly List<PartyId> organisations = [];
        private readonly List<TopicId> topics = [];
        private readonly List<DocumentId> documents = [];
        private readonly List<DemandId> demands = [];
        private readonly List<StatementId> statements = [];
        private readonly List<RoundId> rounds = [];
        private NegotiationCase negotiation = NegotiationCase.Create(new CaseId("generated"), "Generated negotiation");
        private int next;

        public Builder(int parties)
        {
            for (var i = 0; i < parties; i++)
            {
                var id = new PartyId($"state-{i}");
                states.Add(id);
                Record(new PartyRegistered { Party = new State(id, $"State {i}", $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}"), Occurred = Epoch, Recorded = Recorded(Epoch, 0), Source = Reported(Epoch, 0) });
            }

            for (var i = 0; i < Math.Max(2, parties / 10); i++)
            {
                var id = new PartyId($"org-{i}");
                var members = Enumerable.Range(0, 4).Select(k => states[((i * 7) + (k * 3)) % states.Count]).Distinct()
                    .Select(m => new Membership(m, Epoch.PlusDays(-365 * (1 + (i % 3)))))
                    .ToEquatableArray();
                Record(new PartyRegistered { Party = new Organisation(id, $"Organisation {i}", OrganisationKind.Alliance, members), Occurred = Epoch, Recorded = Recorded(Epoch, 0), Source = Reported(Epoch, 0) });
                organisations.Add(id);
            }

            // Bodies of every other organisation (Organisation.PartOf).
            for (var i = 0; i < organisations.Count; i += 2)
            {
                Record(new PartyRegistered { Party = new Organisation(new PartyId($"body-{i}"), $"Body {i}", OrganisationKind.Institution) { PartOf = organisations[i] }, Occurred = Epoch, Recorded = Recorded(Epoch, 0), Source = Reported(Epoch, 0) });
            }

            for (var i = 0; i < 12; i++)
            {
                var id = new TopicId($"topic-{i}");
                Record(new TopicDefined { Topic = new Topic(id, $"Topic {i}", i == 0 ? null : topics[(i - 1) / 2]), Occurred = Epoch, Recorded = Recorded(Epoch, 0), Source = Reported(Epoch, 0) });
                topics.Add(id);
            }
        }

        private IReadOnlyList<PartyId> Parties => [.. states, .. organisations];

        public NegotiationCase Apply(IEnumerable<Op> ops)
        {
            foreach (var op in ops)
            {
                Apply(op);
            }

            return negotiation;
        }

        private static T Pick<T>(IReadOnlyList<T> items, int n) => items[n % items.Count];

        private void Apply(Op op)
        {
            var when = When(op);
            var parties = Parties;
            var a = Pick(parties, op.A);
            var b = Pick(parties, op.B);
            switch (op.Kind)
            {
                case < 10:
                {
                    var id = new DocumentId($"document-{next++}");
                    var visibility = (Visibility)(op.C % 3);
                    var document = new Document(id, (DocumentKind)(op.D % 7), $"Document {id}", [a], a == b ? [] : [b])
                    {
                        Visibility = visibility,
                        SharedWith = visibility == Visibility.SharedWithNamedParties ? [Pick(parties, op.C / 3)] : [],
                        RepliesTo = documents.Count > 0 && op.D % 4 == 0 ? Pick(documents, op.D / 4) : null,
                    };
                    if (Record(new DocumentPresented { Document = document, Provisions = Provisions(op.C, 1 + (op.D % 4)), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) }))
                    {
                        documents.Add(id);
                    }

                    break;
                }

                case < 14 when documents.Count > 0:
                {
                    var document = negotiation.Documents[Pick(documents, op.A)];
                    Record(new DocumentRevised { Document = document.Id, By = document.Authors[0], Provisions = Provisions(op.C, 1 + (op.D % 5)), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;
                }

                case < 17 when documents.Count > 0:
                    Record(new DocumentDisclosed { Document = Pick(documents, op.A), How = (Disclosure)(op.C % 2), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 40:
                    TableDemand(op, a, b, when);
                    break;

                case < 43 when demands.Count > 0:
                    Record(new DemandWithdrawn { Demand = Pick(demands, op.A), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 45 when demands.Count > 1:
                {
                    var old = negotiation.Demands[Pick(demands, op.A)];
                    var by = negotiation.Demands.Values.Where(d => d.Author == old.Author && d.Id != old.Id).Skip(op.B % 3).FirstOrDefault();
                    if (by is not null)
                    {
                        Record(new DemandReplaced { Demand = old.Id, By = by.Id, Hardened = op.C % 2 == 0, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    }

                    break;
                }

                case < 50:
                {
                    var answers = Subject(op.C, op.D);
                    var proposal = new Proposal(new ProposalId($"proposal-{next++}"), a, a == b ? [Pick(parties, op.B + 1)] : [b], "An offer.")
                    {
                        Answers = answers is { } s ? [s] : [],
                        IsReciprocal = op.D % 2 == 0,
                    };
                    Record(new ProposalMade { Proposal = proposal, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;
                }

                case < 66:
                {
                    var kind = (op.C % 5) switch
                    {
                        0 or 1 => StatementKind.Rejection,
                        2 => StatementKind.Acceptance,
                        3 => StatementKind.Proposal,
                        _ => StatementKind.Assessment,
                    };
                    var id = new StatementId($"statement-{next++}");
                    var about = Subject(op.B, op.D);

                    // Half the time the speaker is one the subject is addressed to, so stances move statuses.
                    var speaker = op.A % 2 == 0 ? Addressee(about) ?? a : a;
                    var statement = new Statement(id, speaker, kind, "Something said.")
                    {
                        About = about is { } s ? [s] : [],
                        Extent = (Extent)(op.D % 2),
                        Condition = kind == StatementKind.Acceptance && op.D % 3 == 0 ? "if the other side does the same" : null,
                        Visibility = (Visibility)(op.C / 5 % 4 == 0 ? 1 : 0),
                        Addressees = speaker == b ? [] : [b],
                    };
                    if (Record(new StatementMade { Statement = statement, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) }))
                    {
                        statements.Add(id);
                    }

                    break;
                }

                case < 80:
                    PlanRound(op, a, b, when);
                    break;

                case < 88 when rounds.Count > 0:
                {
                    var round = negotiation.Rounds[Pick(rounds, op.A)];
                    var start = op.C % 2 == 0 ? round.Planned : when;
                    Record(new RoundHeld { Round = round.Id, Occurred = start, Recorded = Recorded(start, op.Lag), Source = Reported(start, op.Lag) });
                    break;
                }

                case < 90 when rounds.Count > 0:
                    Record(new RoundCancelled { Round = Pick(rounds, op.A), Reason = "Called off.", Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 91 when rounds.Count > 0:
                    Record(new RoundPostponed { Round = Pick(rounds, op.A), Reason = "Put off.", NewPlanned = op.C % 2 == 0 ? When(op with { Day = op.Day + 30 }) : null, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 92 when rounds.Count > 0:
                    Record(new RoundRescheduled { Round = Pick(rounds, op.A), Planned = When(op with { Day = op.Day + op.C % 60 }), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 94 when rounds.Count > 0:
                    Record(new RoundConcluded { Round = Pick(rounds, op.A), Outcome = new RoundOutcome("Talks ended.") { Statements = statements.Count > 0 ? [Pick(statements, op.B)] : [] }, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                case < 96:
                {
                    var required = Pick(parties, op.C);
                    Record(new CommitmentMade { Commitment = new Commitment(new CommitmentId($"commitment-{next++}"), a == b ? [a] : [a, b], "A standing understanding.", Pick(topics, op.D), required), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;
                }

                case < 98:
                    Record(new MembershipBegan { Organisation = Pick(organisations, op.A), Member = Pick(states, op.B), Joined = when.Window.Start, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    break;

                default:
                {
                    var organisation = (Organisation)negotiation.Parties[Pick(organisations, op.A)];
                    if (organisation.Memberships.Count > 0)
                    {
                        var member = Pick(organisation.Memberships.Items, op.B).Member;
                        Record(new MembershipEnded { Organisation = organisation.Id, Member = member, Left = when.Window.End.PlusDays(1), Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) });
                    }

                    break;
                }
            }
        }

        private void TableDemand(Op op, PartyId author, PartyId other, Moment when)
        {
            var parties = Parties;
            var addressees = new[] { other, Pick(parties, op.C) }.Where(p => p != author).Distinct().Take(1 + (op.D % 2)).ToEquatableArray();
            if (addressees.IsEmpty)
            {
                return;
            }

            var ownDocuments = documents.Where(d => negotiation.Documents[d].Authors.Contains(author)).ToList();
            DemandSource? source = null;
            if (ownDocuments.Count > 0 && op.D % 3 != 0)
            {
                var document = negotiation.Documents[Pick(ownDocuments, op.C)];
                var revision = document.Revisions[op.D % document.Revisions.Count];
                source = DemandSource.InProvision(document.Id, revision.Number, Pick(revision.Provisions.Items, op.A).Article);
            }

            var id = new DemandId($"demand-{next++}");
            var demand = new Demand(id, author, addressees, "Something demanded.")
            {
                Kind = (DemandKind)(op.D % 6),
                Topics = [.. new[] { Pick(topics, op.A), Pick(topics, op.C) }.Distinct().Take(1 + (op.B % 2))],
                Source = source,
            };
            if (Record(new DemandTabled { Demand = demand, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) }))
            {
                demands.Add(id);
            }
        }

        private void PlanRound(Op op, PartyId a, PartyId b, Moment when)
        {
            if (a == b)
            {
                return;
            }

            var id = new RoundId($"round-{next++}");
            Precondition? precondition = null;
            if (rounds.Count > 0 && op.C % 3 != 0)
            {
                var required = Pick(rounds, op.C);
                precondition = (op.D % 6) switch
                {
                    0 => Precondition.RoundConcluded(required),
                    // The day the round is planned around: approximate plans straddle it, so the answer is undetermined.
                    1 => Precondition.RoundHeld(required) & Precondition.NotBefore(Epoch.PlusDays(op.Day + 10 + (op.Lag % 40))),
                    5 => Precondition.NotBefore(Epoch.PlusDays(op.Day + 10 + (op.Lag % 40))),
                    2 => Precondition.RoundHeld(required) | Precondition.PartyTakesPart(a),
                    3 => !Precondition.RoundHeld(required),
                    4 when documents.Count > 0 => Precondition.AllOf(Precondition.RoundHeld(required), Precondition.DocumentPresented(Pick(documents, op.B))),
                    _ => Precondition.RoundHeld(required),
                };
            }

            var planned = When(op with { Day = op.Day + 10 + (op.Lag % 40) });
            var round = new Round(id, RoundFormat.Bilateral, [a, b], planned)
            {
                Venue = op.B % 3 == 0 ? new Venue("Somewhere", Pick(Zones, op.B / 3)) : null,
                Agenda = new Agenda
                {
                    Topics = [Pick(topics, op.D)],
                    Documents = documents.Count > 0 && op.A % 2 == 0 ? [Pick(documents, op.A / 2)] : [],
                    Demands = demands.Count > 0 && op.B % 2 == 0 ? [Pick(demands, op.B / 2)] : [],
                },
                Precondition = precondition,
            };
            if (Record(new RoundPlanned { Round = round, Agreed = op.A % 4 != 0, Occurred = when, Recorded = Recorded(when, op.Lag), Source = Reported(when, op.Lag) }))
            {
                rounds.Add(id);
            }
        }

        private PartyId? Addressee(SubjectRef? subject) => subject switch
        {
            { Kind: SubjectKind.Demand } s => negotiation.Demands[new DemandId(s.Id)].Addressees[0],
            { Kind: SubjectKind.Document } s when negotiation.Documents[new DocumentId(s.Id)].Addressees is { IsEmpty: false } addressees => addressees[0],
            _ => null,
        };

        private SubjectRef? Subject(int pick, int kind) => (kind % 3) switch
        {
            0 when demands.Count > 0 => SubjectRef.Demand(Pick(demands, pick)),
            1 when documents.Count > 0 => SubjectRef.Document(Pick(documents, pick)),
            _ when demands.Count > 0 => SubjectRef.Demand(Pick(demands, pick + 1)),
            _ => null,
        };

        private static EquatableArray<Provision> Provisions(int seed, int count) =>
            [.. Enumerable.Range(1, count).Select(i => new Provision(((seed + i) % 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Text {(seed + i) % 3}")).DistinctBy(p => p.Article)];

        private static Moment When(Op op)
        {
            var day = Epoch.PlusDays(op.Day);
            return (op.D % 7) switch
            {
                0 => DateWindow.WeekOf(day),
                1 => DateWindow.In(new YearMonth(day.Year, day.Month)),
                2 => Moment.At(day.AtMidnight().InUtc().ToInstant() + Duration.FromMinutes(op.A % 1440)),
                3 => Moment.InZone(day.At(new LocalTime(op.A % 24, 0)), Pick(Zones, op.B)),
                4 => DateWindow.EarlyIn(new YearMonth(day.Year, day.Month)),
                _ => day,
            };
        }

        private static Instant Recorded(Moment occurred, int lag) =>
            occurred.Window.End.PlusDays(lag).AtMidnight().InUtc().ToInstant() + Duration.FromHours(12);

        private static Source Reported(Moment occurred, int lag) => new("Generator", occurred.Window.End.PlusDays(lag));

        private bool Record(Fact fact)
        {
            if (negotiation.Record(fact).TryGetCase(out var changed))
            {
                negotiation = changed!;
                return true;
            }

            return false;
        }
    }
}
