using NodaTime;

namespace Negotiation.Model.Json.Tests;

/// <summary>One hand-written instance of every fact kind, each with every optional member set, for the kinds the
/// generators never make and so that every property of the format is written and read at least once.</summary>
internal static class FactSamples
{
    private static readonly Source Full = new("RT", new LocalDate(2021, 12, 22)) { Speaker = "Sergei Ryabkov", Channel = "interview", Reference = "https://example.org/a" };

    private static readonly Instant At = Instant.FromUtc(2021, 12, 22, 12, 0);

    public static readonly PartyId Russia = new("russia");
    public static readonly PartyId Usa = new("usa");
    public static readonly PartyId Nato = new("nato");

    public static IReadOnlyList<Fact> All { get; } =
    [
        new PartyRegistered { Occurred = new LocalDate(2021, 12, 1), Recorded = At, Source = Full, Party = new State(Russia, "Russia", "RU") },
        new PartyRegistered
        {
            Occurred = DateWindow.InYear(1949), Recorded = At, Source = Full,
            Party = new Organisation(Nato, "NATO", OrganisationKind.Alliance, [new Membership(Usa, new LocalDate(1949, 8, 24)), new Membership(new PartyId("france"), new LocalDate(1949, 8, 24), new LocalDate(1966, 7, 1))]),
        },
        new PartyRegistered { Occurred = DateWindow.InYear(1951), Recorded = At, Source = Full, Party = new Organisation(new PartyId("shape"), "Supreme Headquarters Allied Powers Europe", OrganisationKind.Institution) { PartOf = Nato } },
        new PartyRegistered { Occurred = DateWindow.InQuarter(2021, 4), Recorded = At, Source = Full, Party = new PartyGroup(new PartyId("former-soviet"), "Former Soviet states", [new PartyId("ukraine"), new PartyId("georgia")]) },
        new MembershipBegan { Occurred = DateWindow.EarlyInYear(2023), Recorded = At, Source = Full, Organisation = Nato, Member = new PartyId("finland"), Joined = new LocalDate(2023, 4, 4) },
        new MembershipEnded { Occurred = DateWindow.MidYear(1966), Recorded = At, Source = Full, Organisation = Nato, Member = new PartyId("france"), Left = new LocalDate(1966, 7, 1) },
        new RepresentativeAppointed { Occurred = DateWindow.LateInYear(2004), Recorded = At, Source = Full, Representative = new Representative(new RepresentativeId("lavrov"), "Sergei Lavrov", "Foreign Minister", Russia, new TermOfOffice(new LocalDate(2004, 3, 9), new LocalDate(2030, 1, 1))) },
        new RepresentativeLeftOffice { Occurred = DateWindow.EarlyIn(new YearMonth(2030, 1)), Recorded = At, Source = Full, Representative = new RepresentativeId("lavrov"), LastDay = new LocalDate(2030, 1, 1) },
        new TopicDefined { Occurred = DateWindow.MidIn(new YearMonth(2021, 12)), Recorded = At, Source = Full, Topic = new Topic(new TopicId("nato-enlargement"), "NATO enlargement", new TopicId("european-security")) },
        new DemandTabled
        {
            Occurred = DateWindow.LateIn(new YearMonth(2021, 12)), Recorded = At, Source = Full,
            Demand = new Demand(new DemandId("no-enlargement"), Russia, [Nato], "No further eastward expansion.")
            {
                Kind = DemandKind.Prohibition, Topics = [new TopicId("nato-enlargement")], Concerns = [new PartyId("ukraine")], Package = "security-guarantees",
                Source = DemandSource.InProvision(new DocumentId("draft-agreement"), 1, "4"),
            },
        },
        new DemandTabled
        {
            Occurred = DateWindow.WeekOf(new LocalDate(2021, 12, 15)), Recorded = At, Source = Full,
            Demand = new Demand(new DemandId("guarantees"), Russia, [Usa], "Legal guarantees.") { Source = DemandSource.InStatement(new StatementId("ryabkov-rt")) },
        },
        new DemandWithdrawn { Occurred = DateWindow.Between(new LocalDate(2022, 1, 3), new LocalDate(2022, 1, 9)), Recorded = At, Source = Full, Demand = new DemandId("no-enlargement") },
        new DemandReplaced { Occurred = Instant.FromUtc(2022, 1, 10, 8, 30, 15).PlusNanoseconds(1500), Recorded = At, Source = Full, Demand = new DemandId("guarantees"), By = new DemandId("guarantees-2"), Hardened = true },
        new ProposalMade
        {
            Occurred = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"), Recorded = At, Source = Full,
            Proposal = new Proposal(new ProposalId("exercise-limits"), Usa, [Russia], "Reciprocal limits on exercises.")
            {
                Topics = [new TopicId("arms-control")], Answers = [SubjectRef.Demand(new DemandId("no-enlargement")), SubjectRef.Document(new DocumentId("draft-treaty"))],
                Condition = "if Russia does the same", IsReciprocal = true, Source = DemandSource.InStatement(new StatementId("blinken")),
            },
        },
        new DocumentPresented
        {
            Occurred = DateWindow.LastWeek(new LocalDate(2021, 12, 22)), Recorded = At, Source = Full,
            Document = new Document(new DocumentId("draft-treaty"), DocumentKind.DraftTreaty, "Treaty on security guarantees", [Russia], [Usa])
            {
                RepliesTo = new DocumentId("earlier"), Visibility = Visibility.SharedWithNamedParties, SharedWith = [Nato],
            },
            Provisions = [new Provision("1", "The parties shall cooperate."), new Provision("4", "No expansion.")],
        },
        new DocumentRevised { Occurred = new LocalDate(2022, 1, 5), Recorded = At, Source = Full, Document = new DocumentId("draft-treaty"), By = Russia, Provisions = [new Provision("4", "No expansion at all.")] },
        new DocumentDisclosed { Occurred = new LocalDate(2021, 12, 17), Recorded = At, Source = Full, Document = new DocumentId("draft-treaty"), How = Disclosure.Leaked },
        new RoundPlanned
        {
            Occurred = new LocalDate(2021, 12, 21), Recorded = At, Source = Full, Agreed = false,
            Round = new Round(new RoundId("ru-nato-2022-01"), RoundFormat.Multilateral, [new RoundSide(Russia, new Delegation(new RepresentativeId("grushko"), [new RepresentativeId("fomin")])), new RoundSide(Nato)], DateWindow.In(new YearMonth(2022, 1)))
            {
                Title = "NATO–Russia Council", Channel = RoundChannel.VideoCall, Chair = Nato, ChairRole = ChairRole.Mediator,
                Venue = new Venue("Brussels", "Europe/Brussels"),
                Agenda = new Agenda { Topics = [new TopicId("european-security")], Documents = [new DocumentId("draft-agreement")], Demands = [new DemandId("no-enlargement")] },
                Precondition = Precondition.AllOf(
                    Precondition.RoundHeld(new RoundId("ru-us-2022-01")),
                    Precondition.AnyOf(Precondition.RoundConcluded(new RoundId("a")), Precondition.DocumentPresented(new DocumentId("b"))),
                    Precondition.DemandAnswered(new DemandId("no-enlargement"), Nato),
                    Precondition.DemandAnswered(new DemandId("guarantees")),
                    Precondition.PartyTakesPart(Usa),
                    Precondition.Not(Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, new PartyId("ukraine"))),
                    Precondition.DevelopmentOccurred(DevelopmentKind.Exercise),
                    Precondition.NotBefore(new LocalDate(2022, 1, 1)),
                    Precondition.NotAfter(new LocalDate(2022, 2, 28))),
            },
        },
        new RoundPlanned { Occurred = new LocalDate(2021, 12, 21), Recorded = At, Source = Full, Round = new Round(new RoundId("ru-us-2022-01"), RoundFormat.Bilateral, [new RoundSide(Russia), new RoundSide(Usa)], DateWindow.VeryBeginningOfNextYear(new LocalDate(2021, 12, 21))) },
        new RoundAgreed { Occurred = new LocalDate(2021, 12, 28), Recorded = At, Source = Full, Round = new RoundId("ru-nato-2022-01") },
        new RoundRescheduled { Occurred = new LocalDate(2021, 12, 29), Recorded = At, Source = Full, Round = new RoundId("ru-nato-2022-01"), Planned = Moment.InZone(new LocalDateTime(2022, 1, 12, 10, 0), "Europe/Brussels"), PlannedEnd = Moment.InZone(new LocalDateTime(2022, 1, 12, 18, 0), "Europe/Brussels") },
        new RoundHeld { Occurred = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"), Recorded = At, Source = Full, Round = new RoundId("ru-us-2022-01"), Ended = Moment.InZone(new LocalDateTime(2022, 1, 10, 17, 0), "Europe/Zurich") },
        new RoundConcluded
        {
            Occurred = new LocalDate(2022, 1, 10), Recorded = At, Source = Full, Round = new RoundId("ru-us-2022-01"),
            Outcome = new RoundOutcome("Talks to continue.") { Statements = [new StatementId("ryabkov-geneva")], DocumentsHandedOver = [new DocumentId("draft-treaty")], FollowUp = "Written answers in late January." },
        },
        new RoundPostponed { Occurred = new LocalDate(2022, 1, 5), Recorded = At, Source = Full, Round = new RoundId("ru-nato-2022-01"), Reason = "Omicron", NewPlanned = DateWindow.In(new YearMonth(2022, 2)), NewPlannedEnd = DateWindow.In(new YearMonth(2022, 3)) },
        new RoundCancelled { Occurred = new LocalDate(2022, 2, 24), Recorded = At, Source = Full, Round = new RoundId("ru-nato-2022-01"), Reason = "Invasion of Ukraine" },
        new CommitmentMade { Occurred = new LocalDate(2021, 12, 10), Recorded = At, Source = Full, Commitment = new Commitment(new CommitmentId("eu-participation"), [Usa, new PartyId("eu")], "Nothing about the EU without the EU.", new TopicId("european-security"), new PartyId("eu")) },
        new CommitmentMade
        {
            Occurred = new LocalDate(2021, 12, 11), Recorded = At, Source = Full,
            Commitment = new Commitment(new CommitmentId("sequencing"), [Usa, Russia], "Bilateral talks first.", new TopicId("european-security"), CommitmentRule.RoundOrder(new RoundId("ru-us"), new RoundId("ru-nato")))
            {
                Scope = new CommitmentScope { Formats = [RoundFormat.Bilateral, RoundFormat.Multilateral], Channels = [RoundChannel.Meeting], From = new LocalDate(2022, 1, 1), Until = new LocalDate(2022, 12, 31) },
            },
        },
        new CommitmentMade { Occurred = new LocalDate(2021, 12, 12), Recorded = At, Source = Full, Commitment = new Commitment(new CommitmentId("no-side-talks"), [Usa], "No talks with Russia alone.", new TopicId("european-security"), CommitmentRule.Prohibition(Russia)) },
        new CommitmentMade { Occurred = new LocalDate(2021, 12, 13), Recorded = At, Source = Full, Commitment = new Commitment(new CommitmentId("no-talks"), [Usa], "No talks at all.", new TopicId("european-security"), CommitmentRule.Prohibition()) },
        new CommitmentMade { Occurred = new LocalDate(2021, 12, 14), Recorded = At, Source = Full, Commitment = new Commitment(new CommitmentId("two-rounds"), [Usa], "Two rounds at most.", new TopicId("european-security"), CommitmentRule.Limit(2)) },
        new CommitmentMade { Occurred = new LocalDate(2021, 12, 15), Recorded = At, Source = Full, Commitment = new Commitment(new CommitmentId("all-or-nothing"), [Usa], "Nothing is agreed until everything is agreed.", new TopicId("european-security"), CommitmentRule.TextOnly) },
        new StatementMade
        {
            Occurred = new LocalDate(2021, 12, 21), Recorded = At, Source = Full,
            Statement = new Statement(new StatementId("ryabkov-rt"), Russia, StatementKind.Warning, "We will respond.")
            {
                Speaker = new RepresentativeId("ryabkov"), Channel = StatementChannel.Interview, Outlet = "RT", Addressees = [Usa, Nato],
                About = [SubjectRef.Round(new RoundId("ru-us-2022-01")), SubjectRef.Topic(new TopicId("t")), SubjectRef.Party(Usa), SubjectRef.Development(new DevelopmentId("d")), SubjectRef.Statement(new StatementId("s")), SubjectRef.Proposal(new ProposalId("p"))],
                Extent = Extent.Part, Visibility = Visibility.SharedWithNamedParties, SharedWith = [Usa], Condition = "unless the West listens",
            },
        },
        new DeadlineSet { Occurred = new LocalDate(2021, 12, 22), Recorded = At, Source = Full, Deadline = new Deadline(new DeadlineId("reply"), Russia, "A written reply", new LocalDate(2022, 1, 31)) { Subject = SubjectRef.Document(new DocumentId("draft-treaty")) } },
        new DeadlineExtended { Occurred = new LocalDate(2022, 1, 30), Recorded = At, Source = Full, Deadline = new DeadlineId("reply"), NewDue = new LocalDate(2022, 2, 15), By = Russia },
        new DeadlineMet { Occurred = new LocalDate(2022, 1, 26), Recorded = At, Source = Full, Deadline = new DeadlineId("reply") },
        new DeadlineSet { Occurred = new LocalDate(2021, 12, 23), Recorded = At, Source = Full, Deadline = new Deadline(new DeadlineId("framework"), Russia, "A framework", new LocalDate(2022, 1, 20)) { JointlyWith = [Usa], DueWithin = DateWindow.MidIn(new YearMonth(2022, 1)), Zone = "Europe/Moscow", ExtendableBy = [Russia, Usa], DueRule = new DueRule(new DevelopmentId("build-up"), Period.FromDays(60)) } },
        new DeadlineExtended { Occurred = new LocalDate(2022, 1, 20), Recorded = At, Source = Full, Deadline = new DeadlineId("framework"), NewDue = new LocalDate(2022, 3, 1), By = Russia, JointlyWith = [Usa], Branches = [new DueBranch(new LocalDate(2022, 4, 1), new DeadlineId("reply"))], EarlyEnd = EarlyEnd.EndOfMonthMet },
        new DeadlineClosed { Occurred = new LocalDate(2022, 2, 24), Recorded = At, Source = Full, Deadline = new DeadlineId("framework"), Outcome = DeadlineOutcome.Overtaken, Reason = "The invasion." },
        new DevelopmentOccurred { Occurred = DateWindow.In(new YearMonth(2021, 11)), Recorded = At, Source = Full, Development = new Development(new DevelopmentId("build-up"), DevelopmentKind.TroopBuildUp, "Troops near the border.") { Actors = [Russia], Targets = [new PartyId("ukraine")] } },
        new AgreementAdopted
        {
            Occurred = new LocalDate(2022, 3, 1), Recorded = At, Source = Full,
            Agreement = new Agreement(new AgreementId("treaty"), new DocumentId("draft-treaty"), [Russia, Usa], MilestoneRule.EarlierOf(MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(90), 2), MilestoneRule.LaterOf(MilestoneRule.When(DevelopmentKind.VerificationReport), MilestoneRule.After(AgreementStepKind.Signature, Period.FromMonths(1) + Period.FromWeeks(2))), MilestoneRule.After(new DeadlineId("reply"), Period.FromDays(1))))
            {
                WithdrawalNotice = Period.FromMonths(6),
            },
        },
        new AgreementStepTaken { Occurred = new LocalDate(2022, 3, 2), Recorded = At, Source = new Source("TASS", new LocalDate(2022, 3, 2)), Agreement = new AgreementId("treaty"), Step = AgreementStepKind.Ratification, Party = Russia },
        new AgreementDrafted
        {
            Occurred = new LocalDate(2022, 3, 3), Recorded = At, Source = Full,
            Agreement = new Agreement(new AgreementId("framework"), new DocumentId("draft-treaty"), [Russia, Usa], MilestoneRule.OrEarlierByMutualConsent(MilestoneRule.Threshold(Period.FromDays(30), parties: 2, share: 55.5m, moreThanHalfOfSignatories: true)))
            {
                ConsentDelay = Period.FromDays(30),
                WithdrawalNotBefore = Period.FromYears(3),
                Milestones =
                [
                    new Milestone(MilestoneKind.Implementation, MilestoneRule.Unless(MilestoneRule.After(MilestoneKind.EntryIntoForce, Period.FromDays(90)), new DevelopmentId("build-up"))),
                    new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.AllOf(MilestoneRule.On(new LocalDate(2025, 12, 31)), MilestoneRule.When(new DevelopmentId("build-up")))),
                    new Milestone(MilestoneKind.Termination, MilestoneRule.After(MilestoneKind.Adoption, Period.FromYears(10))),
                ],
            },
        },
        new AgreementStepTaken { Occurred = new LocalDate(2022, 3, 4), Recorded = At, Source = Full, Agreement = new AgreementId("framework"), Step = AgreementStepKind.Signature, Count = 31, Tally = new StepTally(60, 47.5m) },
        new AgreementStepTaken { Occurred = new LocalDate(2022, 3, 5), Recorded = At, Source = Full, Agreement = new AgreementId("framework"), Step = AgreementStepKind.MutualConsent, Milestone = MilestoneKind.EntryIntoForce, Tally = new StepTally(61) },
        new DemandTabled
        {
            Occurred = new LocalDate(2021, 12, 23), Recorded = At, Source = Full,
            Reports = [new Report(new Source("Reuters", new LocalDate(2021, 12, 24)) { Reference = "wire" }, DateWindow.WeekOf(new LocalDate(2021, 12, 20)))],
            Demand = new Demand(new DemandId("joint-demand"), Russia, [Nato], "No deployments.")
            {
                CoAuthors = [new PartyId("belarus")], AlsoCarriedBy = [new ProvisionRef(new DocumentId("draft-treaty"), 2, "4")], ConflictsWith = [new DemandId("open-door")],
                Formalises = [new StatementId("ryabkov-rt")],
            },
        },
        new DemandSettled { Occurred = new LocalDate(2022, 4, 1), Recorded = At, Source = Full, Demand = new DemandId("joint-demand"), Outcome = DemandOutcome.Compromise, By = new ProvisionRef(new DocumentId("treaty-text"), 1, "3"), Summary = "Limits instead of a ban." },
        new RoleTaken { Occurred = new LocalDate(2022, 1, 3), Recorded = At, Source = Full, Role = RoundRole.OfParty(RoleKind.Coordinator, new PartyId("france")) with { For = new PartyId("eu") } },
        new RoleLeft { Occurred = new LocalDate(2022, 6, 30), Recorded = At, Source = Full, Role = RoundRole.OfPerson(RoleKind.Mediator, new RepresentativeId("fomin")) },
        new ConditionMet { Occurred = new LocalDate(2022, 2, 1), Recorded = At, Source = Full, Statement = new StatementId("us-reply"), Subject = SubjectRef.Demand(new DemandId("joint-demand")), How = "Russia did the same." },
        new DocumentPresented
        {
            Occurred = new LocalDate(2022, 1, 12), Recorded = At, Source = Full,
            Document = new Document(new DocumentId("annex-1"), DocumentKind.Annex, "Annex on verification", [Russia], [Usa]) { PartOf = new DocumentId("draft-treaty"), Interprets = [new DocumentId("draft-agreement")] },
            Handover = new Handover(new RepresentativeId("ryabkov"), new RepresentativeId("sherman"), new RoundId("ru-us-2022-01")),
        },
        new DocumentDisclosed { Occurred = new LocalDate(2022, 1, 20), Recorded = At, Source = Full, Document = new DocumentId("annex-1"), How = Disclosure.Leaked, LeakedBy = Usa },
        new RoundPlanned
        {
            Occurred = new LocalDate(2021, 12, 21), Recorded = At, Source = Full,
            Round = new Round(new RoundId("geneva-session-1"), RoundFormat.Trilateral, [new RoundSide(Russia, Delegation.WithoutHead(new RepresentativeId("fomin"))), new RoundSide(Usa), new RoundSide(Nato)], Moment.On(new LocalDate(2022, 1, 10)))
            {
                Kind = RoundKind.ExpertTalks, PartOf = new RoundId("ru-us-2022-01"), ChairPerson = new RepresentativeId("sherman"),
                Roles = [RoundRole.OfParty(RoleKind.Host, new PartyId("switzerland")), new RoundRole(RoleKind.Coordinator, null, new RepresentativeId("fomin")) { For = Russia }],
                PlannedEnd = Moment.On(new LocalDate(2022, 1, 11)),
            },
        },
        new RoundPreconditionsChanged { Occurred = new LocalDate(2022, 1, 3), Recorded = At, Source = Full, Round = new RoundId("geneva-session-1"), Precondition = Precondition.DevelopmentOccurred(new DevelopmentId("build-up")), Reason = "Added after the build-up." },
        new RoundHeld { Occurred = new LocalDate(2022, 1, 10), Recorded = At, Source = Full, Round = new RoundId("geneva-session-1"), Ended = new LocalDate(2022, 1, 11), Attendance = [new Attendance(new RepresentativeId("grushko"), new LocalDate(2022, 1, 11)), new Attendance(new RepresentativeId("fomin"))] },
        new StatementMade
        {
            Occurred = new LocalDate(2022, 1, 26), Recorded = At, Source = Full,
            Statement = new Statement(new StatementId("us-reply"), Usa, StatementKind.Announcement, "Our answers.")
            {
                About = [SubjectRef.Deadline(new DeadlineId("reply")), SubjectRef.Agreement(new AgreementId("treaty"))],
                Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("no-enlargement")), Stance.Rejects), new StanceTaken(SubjectRef.Proposal(new ProposalId("p")), Stance.Accepts, Extent.Part) { Condition = "if reciprocal" }],
            },
        },
    ];
}
