using System.Globalization;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// Simulates a negotiation day by day and records every fact through the public API, so that every fact it makes is
/// valid by construction. What the case already holds (a document's authors, addressees, revisions and disclosure) it
/// reads from the case; it keeps only what the case does not say or cannot answer cheaply: its plans (which rounds are
/// held or concluded on which day), the order things were created in (which its random picks index), who holds office,
/// which demands still stand and which were answered, and which deadlines are still open.
/// </summary>
internal sealed class Simulation
{
    private static readonly string[] Outlets = ["Reuters", "AP", "AFP", "TASS", "RT", "Xinhua", "BBC", "Kyodo", "Anadolu", "dpa", "Ministry statement", "Press briefing"];
    private static readonly string[] Syllables = ["var", "don", "ia", "mor", "tal", "ska", "ber", "lin", "gar", "os", "nea", "ru", "vek", "pol", "an", "dor", "sel", "mar", "kai", "tor", "ene", "bal", "cor", "dav"];
    private static readonly (string Name, string Zone)[] Venues =
    [
        ("Palais des Nations, Geneva", "Europe/Zurich"), ("Hofburg, Vienna", "Europe/Vienna"), ("NATO headquarters, Brussels", "Europe/Brussels"),
        ("State Department, Washington", "America/New_York"), ("Finlandia Hall, Helsinki", "Europe/Helsinki"), ("Dolmabahce Palace, Istanbul", "Europe/Istanbul"),
        ("Foreign Ministry, Tokyo", "Asia/Tokyo"), ("Emirates Palace, Abu Dhabi", "Asia/Dubai"), ("Lancaster House, London", "Europe/London"),
    ];

    private static readonly string[] Verbs = ["refrain from", "halt", "guarantee", "limit", "withdraw", "verify", "notify in advance", "suspend", "reduce", "consult on"];
    private static readonly string[] Objects = ["military exercises near the border", "deployments of strike systems", "enlargement of the alliance", "naval patrols in the strait", "arms deliveries", "troop rotations", "missile deployments", "intelligence flights", "sanctions", "basing agreements"];
    private static readonly string[] Offices = ["Foreign Minister", "Deputy Foreign Minister", "Chief Negotiator", "Ambassador", "Secretary General", "Spokesperson"];

    private readonly CaseProfile profile;
    private readonly Random random;

    private NegotiationCase negotiation;
    private int warnings;
    private LocalDate today;
    private int day;
    private int sequence;

    private readonly List<PartyId> states = [];
    private readonly List<PartyId> organisations = [];
    private readonly List<PartyId> groups = [];
    private readonly List<PartyId> actors = [];
    private double[] actorWeights = [];
    private readonly Dictionary<PartyId, Dictionary<PartyId, (LocalDate Joined, LocalDate? Left)>> members = [];
    private readonly Dictionary<PartyId, List<(RepresentativeId Id, LocalDate From)>> inOffice = [];
    private readonly List<TopicId> topics = [];
    private readonly List<TopicId> leafTopics = [];
    private readonly List<DocumentId> documents = [];
    private readonly Dictionary<PartyId, List<DocumentId>> documentsByAuthor = [];
    private readonly Dictionary<PartyId, List<DocumentId>> documentsByAddressee = [];
    private readonly List<DemandInfo> demands = [];
    private readonly List<DemandInfo> standing = [];
    private readonly List<DemandInfo> answered = [];
    private readonly Dictionary<PartyId, List<DemandInfo>> demandsByAddressee = [];
    private readonly List<RoundInfo> rounds = [];
    private readonly List<DeadlineId> openDeadlines = [];
    private readonly List<Action>?[] agenda;

    private int statementCount;
    private int representativeCount;
    private int pendingScheduledFacts;

    private int documentsLeft;
    private int revisionsLeft;
    private int disclosuresLeft;
    private int demandsLeft;
    private int replacementsLeft;
    private int withdrawalsLeft;
    private int proposalsLeft;
    private int roundsLeft;
    private int deadlinesLeft;
    private int extensionsLeft;
    private int deadlinesMetLeft;
    private int developmentsLeft;
    private int membershipChangesLeft;
    private int representativeChangesLeft;

    public Simulation(CaseProfile profile, int seed)
    {
        this.profile = profile;
        random = new Random(seed);
        negotiation = NegotiationCase.Create(new CaseId($"generated-{profile.Facts}"), $"Generated negotiation, {profile.Facts:N0} facts");
        agenda = new List<Action>?[profile.Days];
        documentsLeft = profile.Documents;
        revisionsLeft = profile.Revisions;
        disclosuresLeft = profile.Disclosures;
        demandsLeft = profile.Demands - profile.Replacements;
        replacementsLeft = profile.Replacements;
        withdrawalsLeft = profile.Withdrawals;
        proposalsLeft = profile.Proposals;
        roundsLeft = profile.Rounds;
        deadlinesLeft = profile.Deadlines;
        extensionsLeft = profile.Extensions;
        deadlinesMetLeft = profile.DeadlinesMet;
        developmentsLeft = profile.Developments;
        membershipChangesLeft = profile.MembershipChanges;
        representativeChangesLeft = profile.RepresentativeChanges;
    }

    private int DaysLeft => profile.Days - day;

    public (NegotiationCase Case, int Warnings, Probes Probes) Run()
    {
        for (day = 0; day < profile.Days; day++)
        {
            today = profile.Start.PlusDays(day);
            sequence = 0;
            if (day == 0)
            {
                TheWorldAsItStands();
            }

            if (agenda[day] is { } scheduled)
            {
                foreach (var action in scheduled)
                {
                    action();
                }

                agenda[day] = null;
            }

            Repeat(ref membershipChangesLeft, ChangeMembership);
            Repeat(ref representativeChangesLeft, ChangeOfficeHolder);
            Repeat(ref developmentsLeft, Development);
            Repeat(ref documentsLeft, PresentDocument);
            Repeat(ref revisionsLeft, ReviseDocument);
            Repeat(ref disclosuresLeft, DiscloseDocument);
            Repeat(ref demandsLeft, () => TableDemand(null) is not null);
            Repeat(ref replacementsLeft, ReplaceDemand);
            Repeat(ref withdrawalsLeft, WithdrawDemand);
            Repeat(ref proposalsLeft, Propose);
            Repeat(ref deadlinesLeft, SetDeadline);
            Repeat(ref extensionsLeft, ExtendDeadline);
            Repeat(ref deadlinesMetLeft, MeetDeadline);
            PlanRounds();
            FillWithStatements();
        }

        if (negotiation.Version != profile.Facts)
        {
            throw new InvalidOperationException($"The generator logged {negotiation.Version} facts instead of {profile.Facts}.");
        }

        return (negotiation, warnings, FindProbes());
    }

    // ---- the first day: parties, people, topics, commitments ----

    private void TheWorldAsItStands()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < profile.States; i++)
        {
            var name = UniqueName(names);
            var id = new PartyId(name.ToLowerInvariant());
            var iso = $"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}";
            Record(new PartyRegistered { Party = new State(id, name, iso), Occurred = today, Recorded = Now(), Source = Source() });
            states.Add(id);
        }

        for (var i = 0; i < profile.Organisations; i++)
        {
            var id = new PartyId($"organisation-{i + 1:D2}");
            var kind = (OrganisationKind)(i % 4);
            var chosen = Sample(states, random.Next(4, Math.Min(30, states.Count)));
            var memberships = new Dictionary<PartyId, (LocalDate, LocalDate?)>();
            foreach (var member in chosen)
            {
                var joined = new LocalDate(random.Next(1950, 2017), random.Next(1, 13), random.Next(1, 29));
                memberships[member] = (joined, null);
            }

            members[id] = memberships;
            var org = new Organisation(id, $"{kind} of {Capitalised(Syllables[i % Syllables.Length])} {i + 1}", kind,
                [.. memberships.Select(m => new Membership(m.Key, m.Value.Item1))]);
            Record(new PartyRegistered { Party = org, Occurred = today, Recorded = Now(), Source = Source() });
            organisations.Add(id);
        }

        for (var i = 0; i < profile.Groups; i++)
        {
            var id = new PartyId($"group-{i + 1:D2}");
            var group = new PartyGroup(id, $"Group {i + 1}", [.. Sample(states, random.Next(3, 13))]);
            Record(new PartyRegistered { Party = group, Occurred = today, Recorded = Now(), Source = Source() });
            groups.Add(id);
        }

        // States and organisations act; the first in this shuffled order act most (a few hubs, a long tail).
        actors.AddRange(states);
        actors.AddRange(organisations);
        Shuffle(actors);
        actorWeights = new double[actors.Count];
        var total = 0.0;
        for (var i = 0; i < actors.Count; i++)
        {
            total += 1.0 / Math.Pow(i + 1, 0.8);
            actorWeights[i] = total;
        }

        foreach (var party in actors)
        {
            inOffice[party] = [];
            for (var k = 0; k < 2; k++)
            {
                Appoint(party, today.PlusDays(-random.Next(30, 3000)), Offices[k]);
            }
        }

        var roots = Math.Max(1, profile.Topics / 10);
        for (var i = 0; i < profile.Topics; i++)
        {
            var id = new TopicId($"topic-{i + 1:D3}");
            TopicId? broader = i < roots ? null : topics[random.Next(i < roots * 3 ? roots : topics.Count)];
            Record(new TopicDefined { Topic = new Topic(id, $"{Capitalised(Objects[i % Objects.Length])} ({i + 1})", broader), Occurred = today, Recorded = Now(), Source = Source() });
            topics.Add(id);
        }

        var broaderOnes = negotiation.Topics.Values.Where(t => t.Broader is not null).Select(t => t.Broader!.Value).ToHashSet();
        leafTopics.AddRange(topics.Where(t => !broaderOnes.Contains(t)));

        for (var i = 0; i < profile.Commitments; i++)
        {
            var required = organisations[random.Next(organisations.Count)];
            var parties = Sample(actors.Where(a => a != required).ToList(), 2);
            var topic = leafTopics[random.Next(leafTopics.Count)];
            Record(new CommitmentMade
            {
                Commitment = new Commitment(new CommitmentId($"commitment-{i + 1:D2}"), [.. parties],
                    $"Any discussion of {negotiation.Topics[topic].Name} happens with the participation of {negotiation.Parties[required].Name}.", topic, required),
                Occurred = today,
                Recorded = Now(),
                Source = Source(),
            });
        }
    }

    private void Appoint(PartyId party, LocalDate from, string office)
    {
        var id = new RepresentativeId($"person-{++representativeCount:D5}");
        var name = $"{Capitalised(Syllables[random.Next(Syllables.Length)])}{Syllables[random.Next(Syllables.Length)]} {Capitalised(Syllables[random.Next(Syllables.Length)])}{Syllables[random.Next(Syllables.Length)]}";
        Record(new RepresentativeAppointed
        {
            Representative = new Representative(id, name, office, party, new TermOfOffice(from)),
            Occurred = Min(from, today),
            Recorded = Now(),
            Source = Source(),
        });
        inOffice[party].Add((id, from));
    }

    // ---- things that happen on any day ----

    private bool ChangeMembership()
    {
        var org = organisations[random.Next(organisations.Count)];
        var memberships = members[org];
        if (random.Next(2) == 0)
        {
            var leaving = memberships.Where(m => m.Value.Left is null && m.Value.Joined < today).Select(m => m.Key).ToList();
            if (leaving.Count == 0)
            {
                return false;
            }

            var member = leaving[random.Next(leaving.Count)];
            Record(new MembershipEnded { Organisation = org, Member = member, Left = today, Occurred = today, Recorded = Now(), Source = Source() });
            memberships[member] = (memberships[member].Joined, today);
            return true;
        }

        var candidates = states.Where(s => !memberships.TryGetValue(s, out var m) || (m.Left is { } left && left < today)).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var joining = candidates[random.Next(candidates.Count)];
        Record(new MembershipBegan { Organisation = org, Member = joining, Joined = today, Occurred = today, Recorded = Now(), Source = Source() });
        memberships[joining] = (today, null);
        return true;
    }

    private bool ChangeOfficeHolder()
    {
        var party = PickActor();
        var holders = inOffice[party];
        var index = random.Next(holders.Count);
        var (id, from) = holders[index];
        if (from >= today)
        {
            return false;
        }

        // The last day is today, not yesterday: a statement this person made earlier today must stay within the term.
        Record(new RepresentativeLeftOffice { Representative = id, LastDay = today, Occurred = today, Recorded = Now(), Source = Source() });
        holders.RemoveAt(index);
        Appoint(party, today, Offices[random.Next(Offices.Length)]);
        return true;
    }

    private bool Development()
    {
        var kinds = new[] { DevelopmentKind.TroopBuildUp, DevelopmentKind.Recognition, DevelopmentKind.Leak, DevelopmentKind.Sanctions, DevelopmentKind.Exercise, DevelopmentKind.VerificationReport, DevelopmentKind.Other };
        var kind = kinds[random.Next(kinds.Length)];
        var actor = PickActor();
        Record(new DevelopmentOccurred
        {
            Development = new Development(new DevelopmentId($"development-{profile.Developments - developmentsLeft + 1:D4}"), kind, $"{Name(actor)}: {kind} reported ({today:uuuu-MM-dd}).")
            {
                Actors = [actor],
                Targets = random.Next(2) == 0 ? [PickActor(not: actor)] : default,
            },
            Occurred = random.Next(5) == 0 ? DateWindow.LastWeek(today) : today,
            Recorded = Now(),
            Source = Source(),
        });
        return true;
    }

    private bool PresentDocument()
    {
        var author = PickActor();
        EquatableArray<PartyId> authors = random.Next(7) == 0 ? [author, PickActor(not: author)] : [author];
        var addressees = PickActors(random.Next(1, 4), authors.Items);
        var number = documents.Count + 1;
        var kind = (DocumentKind)random.Next(7);
        DocumentId? repliesTo = null;
        if (documentsByAddressee.TryGetValue(author, out var received) && received.Count > 0 && random.Next(4) == 0)
        {
            repliesTo = received[random.Next(received.Count)];
            kind = DocumentKind.WrittenResponse;
        }

        var visibility = random.Next(10) switch { < 7 => Visibility.Confidential, < 9 => Visibility.Public, _ => Visibility.SharedWithNamedParties };
        var articles = random.Next(4, 13);
        // "Last week" sometimes; a reply is dated to the day, so it cannot seem to come before what it answers.
        Moment presented = repliesTo is null && random.Next(5) == 0 ? DateWindow.LastWeek(today) : today;
        var document = new Document(new DocumentId($"document-{number:D5}"), kind, $"{kind} on {negotiation.Topics[Topic()].Name} no. {number}", authors, [.. addressees])
        {
            RepliesTo = repliesTo,
            Visibility = visibility,
            SharedWith = visibility == Visibility.SharedWithNamedParties ? [PickActor(not: author)] : default,
        };
        Record(new DocumentPresented { Document = document, Provisions = Provisions(articles), Occurred = presented, Recorded = Now(), Source = Source() });

        documents.Add(document.Id);
        foreach (var a in authors)
        {
            ListOf(documentsByAuthor, a).Add(document.Id);
        }

        foreach (var a in addressees)
        {
            ListOf(documentsByAddressee, a).Add(document.Id);
        }

        return true;
    }

    private bool ReviseDocument()
    {
        if (PickDocument(d => d.LatestRevision!.Presented.LatestDate < today.PlusDays(-14)) is not { } document)
        {
            return false;
        }

        var articles = random.Next(4, 15);
        Record(new DocumentRevised { Document = document.Id, By = document.Authors[0], Provisions = Provisions(articles), Occurred = today, Recorded = Now(), Source = Source() });
        return true;
    }

    private bool DiscloseDocument()
    {
        // Not yet public (a public document is disclosed when presented), and certainly handed over a week ago.
        if (PickDocument(d => d.Disclosed is null && (d.Revisions.Count > 1 || d.LatestRevision!.Presented.LatestDate <= today.PlusDays(-8))) is not { } document)
        {
            return false;
        }

        Record(new DocumentDisclosed { Document = document.Id, How = random.Next(3) == 0 ? Disclosure.Leaked : Disclosure.Published, Occurred = today, Recorded = Now(), Source = Source() });
        return true;
    }

    private DemandInfo? TableDemand(PartyId? replacing)
    {
        var author = replacing ?? PickActor();
        var number = demands.Count + 1;
        PartyId[] addressees;
        DemandSource source;
        if (documentsByAuthor.TryGetValue(author, out var own) && own.Count > 0 && random.Next(100) < 65)
        {
            // Most demands sit in an article of one of the author's drafts, addressed to whom the draft is addressed.
            var document = negotiation.Documents[own[random.Next(Math.Max(0, own.Count - 5), own.Count)]];
            var revision = document.Revisions.Count;
            source = DemandSource.InProvision(document.Id, revision, (random.Next(document.Revisions[revision - 1].Provisions.Count) + 1).ToString(CultureInfo.InvariantCulture));
            addressees = document.Addressees.Count <= 2 ? [.. document.Addressees] : [.. Sample(document.Addressees.Items, random.Next(1, document.Addressees.Count + 1))];
        }
        else
        {
            // The rest are made in a statement first ("Moscow demanded on Tuesday that ...").
            addressees = PickActors(random.Next(1, 4), [author]);
            var statement = Say(author, StatementKind.Demand, [.. addressees], default, $"{Name(author)} demands that {Name(addressees[0])} {Phrase()}.");
            source = DemandSource.InStatement(statement);
        }

        var demand = new Demand(new DemandId($"demand-{number:D6}"), author, [.. addressees], $"{Name(addressees[0])} must {Phrase()} (demand {number}).")
        {
            Kind = (DemandKind)random.Next(6),
            Topics = random.Next(3) == 0 ? [.. Sample(topics, 2)] : [Topic()],
            Concerns = random.Next(10) == 0 && groups.Count > 0 ? [groups[random.Next(groups.Count)]] : default,
            Package = random.Next(100) == 0 ? $"package-{author}-{number % 7}" : null,
            Source = source,
        };
        Record(new DemandTabled { Demand = demand, Occurred = today, Recorded = Now(), Source = Source() });

        var info = new DemandInfo(demand.Id, author, addressees) { Slot = standing.Count };
        demands.Add(info);
        standing.Add(info);
        foreach (var addressee in addressees)
        {
            ListOf(demandsByAddressee, addressee).Add(info);
        }

        return info;
    }

    private bool ReplaceDemand()
    {
        if (standing.Count < 10)
        {
            return false;
        }

        var old = standing[random.Next(standing.Count)];
        var replacement = TableDemand(old.Author)!;
        Record(new DemandReplaced { Demand = old.Id, By = replacement.Id, Hardened = random.Next(2) == 0, Occurred = today, Recorded = Now(), Source = Source() });
        StopStanding(old);
        return true;
    }

    private bool WithdrawDemand()
    {
        if (standing.Count < 10)
        {
            return false;
        }

        var demand = standing[random.Next(standing.Count)];
        Record(new DemandWithdrawn { Demand = demand.Id, Occurred = today, Recorded = Now(), Source = Source() });
        StopStanding(demand);
        return true;
    }

    private bool Propose()
    {
        var author = PickActor();
        var answering = demandsByAddressee.TryGetValue(author, out var received) && received.Count > 0 ? received[random.Next(received.Count)] : null;
        var number = profile.Proposals - proposalsLeft + 1;
        Record(new ProposalMade
        {
            Proposal = new Proposal(new ProposalId($"proposal-{number:D5}"), author, answering is null ? [PickActor(not: author)] : [answering.Author], $"{Name(author)} offers to {Phrase()} (proposal {number}).")
            {
                Topics = [Topic()],
                Answers = answering is null ? default : [SubjectRef.Demand(answering.Id)],
                IsReciprocal = random.Next(3) == 0,
                Condition = random.Next(5) == 0 ? "if the other side does the same" : null,
            },
            Occurred = today,
            Recorded = Now(),
            Source = Source(),
        });
        return true;
    }

    private bool SetDeadline()
    {
        if (standing.Count == 0)
        {
            return false;
        }

        var demand = standing[random.Next(standing.Count)];
        var number = profile.Deadlines - deadlinesLeft + 1;
        var due = today.PlusDays(random.Next(30, 181));
        var deadline = new Deadline(new DeadlineId($"deadline-{number:D4}"), demand.Author, $"A written answer to {demand.Id}.", due) { Subject = SubjectRef.Demand(demand.Id) };
        Record(new DeadlineSet { Deadline = deadline, Occurred = today, Recorded = Now(), Source = Source() });
        openDeadlines.Add(deadline.Id);
        return true;
    }

    private bool ExtendDeadline()
    {
        if (openDeadlines.Count == 0)
        {
            return false;
        }

        var deadline = negotiation.Deadlines[openDeadlines[random.Next(openDeadlines.Count)]];
        Record(new DeadlineExtended { Deadline = deadline.Id, NewDue = deadline.CurrentDue.PlusDays(random.Next(14, 91)), By = deadline.SetBy, Occurred = today, Recorded = Now(), Source = Source() });
        return true;
    }

    private bool MeetDeadline()
    {
        if (openDeadlines.Count == 0)
        {
            return false;
        }

        var index = random.Next(openDeadlines.Count);
        Record(new DeadlineMet { Deadline = openDeadlines[index], Occurred = today, Recorded = Now(), Source = Source() });
        openDeadlines.RemoveAt(index);
        return true;
    }

    // ---- rounds: planned in chains, each waiting for the one before ----

    private void PlanRounds()
    {
        // Chains are five rounds long on average: start one chain for every five rounds due today; the last day plans what is left.
        var rate = roundsLeft / (double)DaysLeft / 5.0;
        var chains = (int)rate + (random.NextDouble() < rate - (int)rate ? 1 : 0);
        for (var i = 0; (i < chains || day == profile.Days - 1) && roundsLeft > 0; i++)
        {
            var length = Math.Min(roundsLeft, random.Next(1, 10));
            PlanChain(length);
            roundsLeft -= length;
        }
    }

    private void PlanChain(int length)
    {
        PartyId[] sides;
        RoundFormat format;
        if (random.Next(10) < 6)
        {
            format = RoundFormat.Bilateral;
            var first = PickActor();
            sides = [first, PickActor(not: first)];
        }
        else
        {
            format = RoundFormat.Multilateral;
            // More than two sides, or an organisation with one or two others.
            if (random.Next(2) == 0)
            {
                var organisation = organisations[random.Next(organisations.Count)];
                sides = [organisation, .. PickActors(random.Next(1, 3), [organisation])];
            }
            else
            {
                sides = PickActors(random.Next(3, 6), []);
            }
        }

        var venue = Venues[random.Next(Venues.Length)];
        var agendaTopics = random.Next(3) == 0 ? Sample(topics, 2) : [Topic()];
        var month = new YearMonth(today.Year, today.Month).PlusMonths(1);
        RoundInfo? previous = null;
        for (var j = 0; j < length; j++, month = month.PlusMonths(1))
        {
            var window = random.Next(5) switch
            {
                0 or 1 => DateWindow.In(month),
                2 => DateWindow.EarlyIn(month),
                3 => DateWindow.MidIn(month),
                _ => DateWindow.LateIn(month),
            };
            var id = new RoundId($"round-{rounds.Count + 1:D5}");
            var round = new Round(id, format, [.. sides.Select(s => Side(s))], window)
            {
                Title = j == 0 ? null : $"Round {j + 1} of the {string.Join("–", sides.Select(Name))} talks",
                Channel = random.Next(8) == 0 ? RoundChannel.VideoCall : RoundChannel.Meeting,
                Venue = new Venue(venue.Name, venue.Zone),
                Chair = format == RoundFormat.Multilateral && random.Next(3) == 0 ? sides[0] : null,
                Agenda = new Agenda
                {
                    Topics = [.. agendaTopics],
                    Documents = [.. AgendaDocuments(sides)],
                    Demands = [.. AgendaDemands(sides)],
                },
                Precondition = PreconditionFor(previous, window, sides),
            };
            var agreed = random.Next(5) != 0;
            Record(new RoundPlanned { Round = round, Agreed = agreed, Occurred = today, Recorded = Now(), Source = Source() });
            var info = new RoundInfo(id, sides, venue.Zone, round.Agenda.Documents.Items.ToArray()) { Window = window, Agreed = agreed };
            rounds.Add(info);
            if (!agreed)
            {
                var agreeOn = RandomDay(day + 1, DayIndex(window.Start) - 1);
                if (agreeOn >= 0)
                {
                    Schedule(agreeOn, 1, () => Record(new RoundAgreed { Round = id, Occurred = today, Recorded = Now(), Source = Source() }));
                }
            }

            ScheduleHeld(info, previous);
            previous = info;
        }

        // The last round of a chain is sometimes postponed or cancelled (nothing waits for it).
        if (previous is { HeldDay: >= 0, Agreed: true } last && random.Next(10) == 0)
        {
            var on = RandomDay(day + 1, DayIndex(last.Window.Start) - 1);
            if (on >= 0)
            {
                Unschedule(last);
                if (random.Next(2) == 0)
                {
                    Schedule(on, 1, () => Record(new RoundCancelled { Round = last.Id, Reason = "One side withdrew from the talks.", Occurred = today, Recorded = Now(), Source = Source() }));
                }
                else
                {
                    var later = new YearMonth(last.Window.Start.Year, last.Window.Start.Month).PlusMonths(1);
                    Schedule(on, 1, () => Record(new RoundPostponed { Round = last.Id, Reason = "Scheduling conflicts.", NewPlanned = DateWindow.In(later), Occurred = today, Recorded = Now(), Source = Source() }));
                    last.Window = DateWindow.In(later);
                    ScheduleHeld(last, null, after: last.Window.Start);
                }
            }
        }
    }

    private RoundSide Side(PartyId party)
    {
        if (random.Next(2) == 0 || !inOffice.TryGetValue(party, out var holders) || holders.Count == 0)
        {
            return new RoundSide(party);
        }

        return new RoundSide(party, new Delegation(holders[0].Id, holders.Count > 1 ? [holders[1].Id] : default));
    }

    private Precondition? PreconditionFor(RoundInfo? previous, DateWindow window, PartyId[] sides)
    {
        if (previous is null)
        {
            return random.Next(10) switch
            {
                < 3 => Precondition.NotBefore(window.Start),
                < 5 when documents.Count > 0 => Precondition.DocumentPresented(documents[random.Next(documents.Count)]),
                _ => null,
            };
        }

        var basic = random.Next(10) < 6 ? Precondition.RoundHeld(previous.Id) : Precondition.RoundConcluded(previous.Id);
        return random.Next(20) switch
        {
            < 11 => basic,
            < 14 => basic & Precondition.NotBefore(window.Start),
            < 17 when documents.Count > 0 => basic & Precondition.DocumentPresented(documents[random.Next(documents.Count)]),
            < 19 when answered.Count > 0 => basic | Precondition.DemandAnswered(answered[random.Next(answered.Count)].Id),
            19 => basic & !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, sides[0]),
            _ => basic,
        };
    }

    private IEnumerable<DocumentId> AgendaDocuments(PartyId[] sides)
    {
        var count = random.Next(3);
        var seen = new HashSet<DocumentId>();
        for (var i = 0; i < count; i++)
        {
            if (documentsByAuthor.TryGetValue(sides[random.Next(sides.Length)], out var own) && own.Count > 0)
            {
                var id = own[random.Next(own.Count)];
                if (seen.Add(id))
                {
                    yield return id;
                }
            }
        }
    }

    private IEnumerable<DemandId> AgendaDemands(PartyId[] sides)
    {
        var count = random.Next(4);
        var seen = new HashSet<DemandId>();
        for (var i = 0; i < count; i++)
        {
            if (demandsByAddressee.TryGetValue(sides[random.Next(sides.Length)], out var received) && received.Count > 0)
            {
                var id = received[random.Next(received.Count)].Id;
                if (seen.Add(id))
                {
                    yield return id;
                }
            }
        }
    }

    private void ScheduleHeld(RoundInfo round, RoundInfo? previous, LocalDate? after = null)
    {
        // Held within the planned window, after the round before it concluded; not held if that falls past the timeline.
        var earliest = DayIndex(round.Window.Start);
        if (after is { } a)
        {
            earliest = Math.Max(earliest, DayIndex(a));
        }

        if (previous is not null)
        {
            if (previous.ConcludedDay < 0)
            {
                return;
            }

            earliest = Math.Max(earliest, previous.ConcludedDay + 1);
        }

        var held = RandomDay(earliest, Math.Max(earliest, DayIndex(round.Window.End)));
        if (held < 0)
        {
            return;
        }

        round.HeldDay = held;
        round.ConcludedDay = random.Next(10) < 7 ? held : held + 1;
        var statements = random.Next(1, 3);
        var sameDay = round.ConcludedDay == held;
        round.HeldFacts = statements + 1 + (sameDay ? 1 : 0);
        round.HeldAction = Schedule(held, round.HeldFacts, () => Hold(round, statements, sameDay));
        if (!sameDay && round.ConcludedDay < profile.Days)
        {
            round.ConcludeAction = Schedule(round.ConcludedDay, 1, () => Conclude(round));
        }
        else if (!sameDay)
        {
            round.ConcludedDay = -1;
        }
    }

    private void Unschedule(RoundInfo round)
    {
        if (round.HeldAction is { } held && agenda[round.HeldDay] is { } onHeldDay && onHeldDay.Remove(held))
        {
            pendingScheduledFacts -= round.HeldFacts;
        }

        if (round.ConcludeAction is { } concluded && round.ConcludedDay >= 0 && agenda[round.ConcludedDay] is { } onConcludedDay && onConcludedDay.Remove(concluded))
        {
            pendingScheduledFacts -= 1;
        }

        round.HeldDay = -1;
        round.ConcludedDay = -1;
        round.HeldAction = null;
        round.ConcludeAction = null;
    }

    private void Hold(RoundInfo round, int statements, bool concludeToday)
    {
        for (var i = 0; i < statements; i++)
        {
            var side = round.Sides[random.Next(round.Sides.Length)];
            round.Statements.Add(Say(side, StatementKind.Assessment, [], [SubjectRef.Round(round.Id)], $"{Name(side)} calls the talks {Adjective()} (round {round.Id})."));
        }

        var start = Moment.InZone(today.At(new LocalTime(10, 0)), round.Zone);
        Moment? end = random.Next(2) == 0 ? Moment.InZone(today.At(new LocalTime(17, 30)), round.Zone) : null;
        Record(new RoundHeld { Round = round.Id, Ended = end, Occurred = start, Recorded = Now(), Source = Source() });
        if (concludeToday)
        {
            Conclude(round);
        }
    }

    private void Conclude(RoundInfo round) => Record(new RoundConcluded
    {
        Round = round.Id,
        Outcome = new RoundOutcome($"The sides discussed {round.Id} and agreed to continue.")
        {
            Statements = [.. round.Statements],
            DocumentsHandedOver = [.. round.Documents],
            FollowUp = random.Next(2) == 0 ? "Experts meet next month." : null,
        },
        Occurred = today,
        Recorded = Now(),
        Source = Source(),
    });

    // ---- statements: what fills the news ----

    private void FillWithStatements()
    {
        var remaining = profile.Facts - negotiation.Version - pendingScheduledFacts - EstimatedFactsToCome();
        var count = day == profile.Days - 1 ? profile.Facts - negotiation.Version : Math.Max(0, Quota(remaining));
        for (var i = 0; i < count; i++)
        {
            if (random.Next(100) < 35 && standing.Count > 0)
            {
                TakeStance();
            }
            else
            {
                Comment();
            }
        }
    }

    private int EstimatedFactsToCome()
    {
        var roundsHeldShare = Math.Clamp((DaysLeft - 60) / (double)profile.Days, 0, 1);
        return documentsLeft + revisionsLeft + disclosuresLeft + (int)(demandsLeft * 1.35) + (int)(replacementsLeft * 2.35) + withdrawalsLeft
            + proposalsLeft + deadlinesLeft + extensionsLeft + deadlinesMetLeft + developmentsLeft + membershipChangesLeft
            + (2 * representativeChangesLeft) + (int)(roundsLeft * (1.2 + (3.5 * roundsHeldShare)));
    }

    private void TakeStance()
    {
        var demand = standing[random.Next(standing.Count)];
        var party = demand.Addressees[random.Next(demand.Addressees.Length)];
        var roll = random.Next(20);
        var kind = roll switch { < 9 => StatementKind.Rejection, < 15 => StatementKind.Proposal, < 18 => StatementKind.Acceptance, _ => StatementKind.Assessment };
        var words = kind switch
        {
            StatementKind.Rejection => "unacceptable",
            StatementKind.Proposal => "open to discussion",
            StatementKind.Acceptance => "acceptable",
            _ => "under study",
        };
        Say(party, kind, [demand.Author], [SubjectRef.Demand(demand.Id)], $"{Name(party)} calls the demand that it {Phrase()} {words}.",
            extent: random.Next(5) == 0 ? Extent.Part : Extent.Whole,
            condition: kind == StatementKind.Acceptance && random.Next(3) == 0 ? "if the other side does the same" : null);
        if (kind != StatementKind.Assessment && !demand.Answered)
        {
            demand.Answered = true;
            answered.Add(demand);
        }
    }

    private void Comment()
    {
        var kinds = new[] { StatementKind.Assessment, StatementKind.Warning, StatementKind.Appeal, StatementKind.Accusation, StatementKind.Denial, StatementKind.Agreement };
        var kind = kinds[random.Next(kinds.Length)];
        var party = random.Next(10) == 0 && groups.Count > 0 ? groups[random.Next(groups.Count)] : PickActor();
        var late = random.Next(100) < 3;
        var topic = Topic();
        List<SubjectRef> about = [SubjectRef.Topic(topic)];
        if (!late)
        {
            switch (random.Next(4))
            {
                case 0 when rounds.Count > 0:
                    about.Add(SubjectRef.Round(rounds[random.Next(Math.Max(0, rounds.Count - 50), rounds.Count)].Id));
                    break;
                case 1 when documents.Count > 0:
                    about.Add(SubjectRef.Document(documents[random.Next(documents.Count)]));
                    break;
                case 2:
                    about.Add(SubjectRef.Party(PickActor(not: party)));
                    break;
            }
        }

        // A few statements are reported days after they were made, without a named speaker.
        Moment? made = late ? (random.Next(2) == 0 ? DateWindow.LastWeek(today) : today.PlusDays(-random.Next(1, 6))) : null;
        Say(party, kind, random.Next(2) == 0 ? [PickActor(not: party)] : [], [.. about], $"{Name(party)} says the {negotiation.Topics[topic].Name.ToLowerInvariant()} are {Adjective()}.", made: made);
    }

    private StatementId Say(PartyId party, StatementKind kind, EquatableArray<PartyId> addressees, EquatableArray<SubjectRef> about, string quote,
        Extent extent = Extent.Whole, string? condition = null, Moment? made = null)
    {
        var id = new StatementId($"statement-{++statementCount:D6}");
        RepresentativeId? speaker = made is null && inOffice.TryGetValue(party, out var holders) && holders.Count > 0 && random.Next(10) < 7
            ? holders[random.Next(holders.Count)].Id
            : null;
        var channel = (StatementChannel)random.Next(8);
        Moment occurred = made ?? (random.Next(5) == 0 ? Instant.FromUtc(today.Year, today.Month, today.Day, random.Next(6, 18), random.Next(60)) : today);
        Record(new StatementMade
        {
            Statement = new Statement(id, party, kind, quote)
            {
                Speaker = speaker,
                Channel = channel,
                Outlet = channel == StatementChannel.Interview ? Outlets[random.Next(Outlets.Length)] : null,
                Addressees = addressees,
                About = about,
                Extent = extent,
                Condition = condition,
            },
            Occurred = occurred,
            Recorded = Now(),
            Source = Source(),
        });
        return id;
    }

    // ---- probes ----

    private Probes FindProbes()
    {
        var common = CaseGenerator.CommonProbes(negotiation);
        var tomorrow = profile.End.PlusDays(1);
        today = tomorrow;
        sequence = 0;

        var author = actors[0];
        var hub = actors[1];
        var nextDemand = new DemandTabled
        {
            Demand = new Demand(new DemandId("demand-next"), author, [hub], $"{Name(hub)} must {Phrase()} (the next demand).")
            {
                Kind = DemandKind.Prohibition,
                Topics = [topics[0]],
                Source = documentsByAuthor.TryGetValue(author, out var own) && own.Count > 0
                    ? DemandSource.InProvision(own[^1], negotiation.Documents[own[^1]].Revisions.Count, "1")
                    : null,
            },
            Occurred = tomorrow,
            Recorded = Now(),
            Source = Source(),
        };

        var target = demandsByAddressee[common.Addressee].Last(d => d.Slot >= 0);
        var speaker = inOffice.TryGetValue(common.Addressee, out var holders) && holders.Count > 0 ? holders[0].Id : (RepresentativeId?)null;
        var nextStatement = new StatementMade
        {
            Statement = new Statement(new StatementId("statement-next"), common.Addressee, StatementKind.Rejection, "The demand is unacceptable.")
            {
                Speaker = speaker,
                Channel = StatementChannel.PressBriefing,
                Addressees = [target.Author],
                About = [SubjectRef.Demand(target.Id)],
            },
            Occurred = tomorrow,
            Recorded = Now(),
            Source = Source(),
        };

        // A round still waiting, preferably with preconditions, that can be held cleanly on the first day of its window.
        RoundHeld? nextHeld = null;
        foreach (var info in rounds.Where(r => r.HeldDay < 0).OrderBy(r => r.Window.Start))
        {
            var round = negotiation.Rounds[info.Id];
            var on = round.Planned.EarliestDate;
            if (round.Status is not (RoundStatus.Agreed or RoundStatus.Proposed) || on < tomorrow)
            {
                continue;
            }

            var candidate = new RoundHeld
            {
                Round = info.Id,
                Occurred = Moment.InZone(on.At(new LocalTime(10, 0)), info.Zone),
                Recorded = Instant.FromUtc(on.Year, on.Month, on.Day, 20, 0),
                Source = new Source("Reuters", on),
            };
            var result = negotiation.Record(candidate);
            if (result.Succeeded && result.Failures.IsEmpty)
            {
                nextHeld ??= candidate;
                if (round.Precondition is not null)
                {
                    nextHeld = candidate;
                    break;
                }
            }
        }

        foreach (var probe in new Fact[] { nextDemand, nextStatement, nextHeld ?? throw new InvalidOperationException("No round is left to hold.") })
        {
            var check = 0;
            CaseGenerator.RecordOrThrow(negotiation, probe, ref check);
        }

        return new Probes(nextDemand, nextHeld, nextStatement, common.Addressee, common.RoundParty, common.Month, common.MidDate, common.MidInstant);
    }

    // ---- helpers ----

    private void Record(Fact fact) => negotiation = CaseGenerator.RecordOrThrow(negotiation, fact, ref warnings);

    private Instant Now() =>
        Instant.FromUtc(today.Year, today.Month, today.Day, 20, 0) + Duration.FromSeconds(sequence++);

    private Source Source() => new(Outlets[random.Next(Outlets.Length)], today);

    private void Repeat(ref int left, Func<bool> action)
    {
        var count = Quota(left);
        for (var i = 0; i < count && left > 0; i++)
        {
            if (action())
            {
                left--;
            }
        }
    }

    /// <summary>How many of <paramref name="left"/> fall on today, spread evenly over the days left.</summary>
    private int Quota(int left)
    {
        if (left <= 0)
        {
            return 0;
        }

        var share = left / DaysLeft;
        return share + (random.Next(DaysLeft) < left % DaysLeft ? 1 : 0);
    }

    private Action Schedule(int dayIndex, int facts, Action action)
    {
        if (dayIndex >= profile.Days)
        {
            return action;
        }

        (agenda[dayIndex] ??= []).Add(() =>
        {
            pendingScheduledFacts -= facts;
            action();
        });
        pendingScheduledFacts += facts;
        var scheduled = agenda[dayIndex]![^1];
        return scheduled;
    }

    private int DayIndex(LocalDate date) => Period.DaysBetween(profile.Start, date);

    /// <summary>A random day index in [from, to] that lies within the timeline, or -1.</summary>
    private int RandomDay(int from, int to)
    {
        to = Math.Min(to, profile.Days - 1);
        return from > to ? -1 : random.Next(from, to + 1);
    }

    private PartyId PickActor(PartyId? not = null)
    {
        while (true)
        {
            var index = Array.BinarySearch(actorWeights, random.NextDouble() * actorWeights[^1]);
            var party = actors[index < 0 ? ~index : index];
            if (party != not)
            {
                return party;
            }
        }
    }

    private PartyId[] PickActors(int count, IReadOnlyCollection<PartyId> excluding)
    {
        var chosen = new List<PartyId>(count);
        while (chosen.Count < count)
        {
            var party = PickActor();
            if (!excluding.Contains(party) && !chosen.Contains(party))
            {
                chosen.Add(party);
            }
        }

        return [.. chosen];
    }

    private List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        Shuffle(indexes);
        return [.. indexes.Take(Math.Min(count, items.Count)).Order().Select(i => items[i])];
    }

    private void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A document that <paramref name="fits"/>, among up to 20 picked at random, or null.</summary>
    private Document? PickDocument(Func<Document, bool> fits)
    {
        for (var attempt = 0; attempt < 20 && documents.Count > 0; attempt++)
        {
            var document = negotiation.Documents[documents[random.Next(documents.Count)]];
            if (fits(document))
            {
                return document;
            }
        }

        return null;
    }

    private void StopStanding(DemandInfo demand)
    {
        var last = standing[^1];
        standing[demand.Slot] = last;
        last.Slot = demand.Slot;
        standing.RemoveAt(standing.Count - 1);
        demand.Slot = -1;
    }

    private EquatableArray<Provision> Provisions(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Provision(i.ToString(CultureInfo.InvariantCulture), $"The Parties shall {Phrase()}."))];

    private TopicId Topic() => topics[random.Next(topics.Count)];

    private string Phrase() => $"{Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]}";

    private string Adjective() => random.Next(4) switch { 0 => "constructive", 1 => "difficult", 2 => "frank", _ => "useful" };

    private string Name(PartyId party) => negotiation.Parties[party].Name;

    private string UniqueName(HashSet<string> taken)
    {
        while (true)
        {
            var name = Capitalised(Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + (random.Next(2) == 0 ? "ia" : "a"));
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static List<T> ListOf<TKey, T>(Dictionary<TKey, List<T>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }

    private sealed class DemandInfo(DemandId id, PartyId author, PartyId[] addressees)
    {
        public DemandId Id { get; } = id;

        public PartyId Author { get; } = author;

        public PartyId[] Addressees { get; } = addressees;

        /// <summary>Gets or sets the index in the list of standing demands, or -1 once withdrawn or replaced.</summary>
        public int Slot { get; set; }

        public bool Answered { get; set; }
    }

    private sealed class RoundInfo(RoundId id, PartyId[] sides, string zone, DocumentId[] documents)
    {
        public RoundId Id { get; } = id;

        public PartyId[] Sides { get; } = sides;

        public string Zone { get; } = zone;

        public DocumentId[] Documents { get; } = documents;

        public DateWindow Window { get; set; }

        public bool Agreed { get; init; }

        public int HeldDay { get; set; } = -1;

        public int ConcludedDay { get; set; } = -1;

        public int HeldFacts { get; set; }

        public Action? HeldAction { get; set; }

        public Action? ConcludeAction { get; set; }

        public List<StatementId> Statements { get; } = [];
    }
}
