using CsCheck;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Properties;

/// <summary>CsCheck generators that build every value through the library's public factories.</summary>
internal static partial class Generators
{
    private const string SlugCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Slugs: one to four runs of letters and digits joined by single hyphens.</summary>
    public static readonly Gen<string> Slug =
        Gen.Char[SlugCharacters].Array[1, 8].Select(chars => new string(chars)).Array[1, 4].Select(parts => string.Join('-', parts));

    /// <summary>Short texts over an alphabet of slug characters and characters a slug must not hold.</summary>
    public static readonly Gen<string> AnyText = Gen.Char["ab1-Z _é."].Array[0, 8].Select(chars => new string(chars));

    /// <summary>Days from 1950 to about 2150.</summary>
    public static readonly Gen<LocalDate> Date = Gen.Int[0, 200 * 366].Select(days => new LocalDate(1950, 1, 1).PlusDays(days));

    public static readonly Gen<YearMonth> Month = Gen.Select(Gen.Int[1950, 2150], Gen.Int[1, 12], (year, month) => new YearMonth(year, month));

    /// <summary>Windows from every factory of <see cref="DateWindow"/>, relative ones included.</summary>
    public static readonly Gen<DateWindow> Window = Gen.OneOf(
        Date.Select(DateWindow.On),
        Date.Select(DateWindow.WeekOf),
        Month.Select(DateWindow.In),
        Month.Select(DateWindow.EarlyIn),
        Month.Select(DateWindow.MidIn),
        Month.Select(DateWindow.LateIn),
        Gen.Select(Gen.Int[1950, 2150], Gen.Int[1, 4], DateWindow.InQuarter),
        Gen.Int[1950, 2150].Select(DateWindow.InYear),
        Gen.Int[1950, 2150].Select(DateWindow.EarlyInYear),
        Gen.Int[1950, 2150].Select(DateWindow.MidYear),
        Gen.Int[1950, 2150].Select(DateWindow.LateInYear),
        Gen.Select(Date, Gen.Int[0, 60], (start, days) => DateWindow.Between(start, start.PlusDays(days))),
        Date.Select(DateWindow.LastWeek),
        Date.Select(DateWindow.NextWeek),
        Date.Select(DateWindow.NextYear),
        Date.Select(DateWindow.VeryBeginningOfNextYear),
        Gen.Select(Gen.Int[1, 12], Date, DateWindow.NextMonthNamed));

    public static readonly Gen<Truth> Truth = Gen.OneOf(Model.Truth.Yes, Model.Truth.No, Model.Truth.Undetermined);

    private static readonly string[] Zones = ["Europe/Zurich", "Europe/Moscow", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"];

    public static readonly Gen<Instant> Instant = Gen.Long[-631_152_000L, 5_000_000_000L].Select(NodaTime.Instant.FromUnixTimeSeconds);

    /// <summary>Exact, zoned and approximate moments.</summary>
    public static readonly Gen<Moment> Moment = Gen.OneOf(
        Instant.Select(Model.Moment.At),
        Gen.Select(Instant, Gen.OneOf(Zones), (at, zone) => Model.Moment.InZone(at.InUtc().LocalDateTime, zone)),
        Window.Select(Model.Moment.Within));

    // The fact generators work over a handful of ids and days near the seed case, so that sequences run into each
    // other: most facts refer to things earlier facts created, some to things that do not exist or no longer allow it.
    private static readonly RoundId[] RoundIds = [new("r1"), new("r2"), new("r3")];
    private static readonly DemandId[] DemandIds = [new("d1"), new("d2")];
    private static readonly DocumentId[] DocumentIds = [new("doc1"), new("doc2")];
    private static readonly StatementId[] StatementIds = [new("s1"), new("s2"), new("s3")];
    private static readonly DeadlineId[] DeadlineIds = [new("deadline1"), new("deadline2")];
    private static readonly PartyId[] PartyIds = [TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Nato, TestWorld.Eu, TestWorld.Ukraine, TestWorld.Atlantis];
    private static readonly TopicId[] TopicIds = [TestWorld.EuropeanSecurity, TestWorld.SecurityGuarantees, TestWorld.ArmsControl];

    private static readonly Gen<Moment> FactTime = Gen.OneOf(
        Gen.Int[0, 70].Select(days => Model.Moment.On(new LocalDate(2021, 12, 1).PlusDays(days))),
        Gen.Int[0, 70 * 24].Select(hours => Model.Moment.At(NodaTime.Instant.FromUtc(2021, 12, 1, 0, 0) + Duration.FromHours(hours))),
        Gen.OneOf<Moment>(TestWorld.EarlyJanuary, TestWorld.January, DateWindow.LastWeek(TestWorld.ArticleDay), TestWorld.Geneva));

    private static readonly Gen<string> Reason = Gen.OneOf("Omicron", "Troop build-up", " ");

    /// <summary>Mostly a registered party, now and then one that is not.</summary>
    private static readonly Gen<PartyId> Party = Gen.Frequency((9, Gen.OneOf(PartyIds[..^1])), (1, Gen.Const(TestWorld.Atlantis)));

    private static readonly Gen<PartyId[]> Sides = Gen.Shuffle(PartyIds, 1, 3);

    private static readonly Gen<Precondition?> RoundPrecondition = Gen.OneOf(
        Gen.Const((Precondition?)null),
        Gen.OneOf(RoundIds).Select(id => (Precondition?)Precondition.RoundHeld(id)),
        Gen.OneOf(DocumentIds).Select(id => (Precondition?)Precondition.DocumentPresented(id)),
        Gen.OneOf(RoundIds).Select(id => (Precondition?)(Precondition.RoundConcluded(id) | Precondition.NotBefore(new LocalDate(2022, 1, 15)))));

    /// <summary>Formats and sides that fit (Russia–US, Russia–NATO, Russia–US–EU) mostly, and any mix now and then.</summary>
    private static readonly Gen<(RoundFormat Format, PartyId[] Sides)> Shape = Gen.Frequency(
        (3, Gen.Const((RoundFormat.Bilateral, new[] { TestWorld.Russia, TestWorld.UnitedStates }))),
        (2, Gen.Const((RoundFormat.Multilateral, new[] { TestWorld.Russia, TestWorld.Nato }))),
        (2, Gen.Const((RoundFormat.Multilateral, new[] { TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Eu }))),
        (1, Gen.Const((RoundFormat.Trilateral, new[] { TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Eu }))),
        (1, Gen.Select(Gen.Enum<RoundFormat>(), Sides)));

    private static readonly Gen<Fact> RoundPlanned =
        Gen.Select(Gen.OneOf(RoundIds), Shape, FactTime, RoundPrecondition, Gen.Bool, FactTime, Gen.Int[0, 3])
            .Select(x => (Fact)Given.RoundPlanned(
                new Round(x.Item1, x.Item2.Format, [.. x.Item2.Sides.Select(RoundSide.FromPartyId)], x.Item3)
                {
                    Precondition = x.Item4,

                    // Now and then a demand or a document on the agenda: holding the round makes its sides discuss them.
                    Agenda = new Agenda
                    {
                        Topics = [TestWorld.SecurityGuarantees],
                        Demands = x.Item7 == 1 ? [DemandIds[0]] : [],
                        Documents = x.Item7 == 2 ? [DocumentIds[0]] : [],
                    },
                    Kind = x.Item5 ? RoundKind.NegotiatingSession : RoundKind.SideMeeting,
                    PartOf = x.Item5 ? null : RoundIds[0],
                    Roles = x.Item5 ? default : [RoundRole.OfParty(RoleKind.Observer, TestWorld.Eu)],
                    PlannedEnd = x.Item5 ? null : x.Item6,
                },
                x.Item6,
                x.Item5));

    private static readonly Gen<Fact> RoundChange = Gen.Select(Gen.OneOf(RoundIds), FactTime, FactTime, Reason, Gen.Int[0, 7]).Select(x => x.Item5 switch
    {
        6 => (Fact)Given.RoundPreconditionsChanged(x.Item1, x.Item2.IsPrecise ? Precondition.RoundHeld(RoundIds[0]) : null, x.Item2, x.Item4),
        7 => Given.RoundHeld(x.Item1, x.Item2, x.Item3) with { Attendance = [new Attendance(TestWorld.Lavrov, x.Item3)] },
        0 => (Fact)Given.RoundAgreed(x.Item1, x.Item2),
        1 => Given.RoundRescheduled(x.Item1, x.Item3, x.Item2),
        2 => Given.RoundHeld(x.Item1, x.Item2),
        3 => Given.RoundConcluded(x.Item1, x.Item2),
        4 => Given.RoundPostponed(x.Item1, x.Item4, x.Item2, x.Item3),
        _ => Given.RoundCancelled(x.Item1, x.Item4, x.Item2),
    });

    private static readonly Gen<Fact> DemandFact = Gen.Select(Gen.OneOf(DemandIds), Gen.OneOf(DemandIds), Party, Sides, FactTime, Gen.Int[0, 7]).Select(x => x.Item6 switch
    {
        6 => (Fact)Given.DemandTabled(new Demand(x.Item1, x.Item3, [.. x.Item4], "A demand of a package.") { Package = "package1" }, x.Item5),
        7 => (Fact)Given.DemandTabled(new Demand(x.Item1, x.Item3, [.. x.Item4], "A demand made in a draft.") { Source = DemandSource.InProvision(DocumentIds[0], 1, "1") }, x.Item5),
        5 => (Fact)Given.DemandTabled(new Demand(x.Item1, x.Item3, [.. x.Item4], "A demand also in a draft.") { AlsoCarriedBy = [new ProvisionRef(DocumentIds[1], 1, "1")] }, x.Item5),
        0 => (Fact)Given.DemandTabled(new Demand(x.Item1, x.Item3, [.. x.Item4], "A demand.") { Topics = [TestWorld.SecurityGuarantees] }, x.Item5),
        1 => Given.DemandWithdrawn(x.Item1, x.Item5),
        2 => Given.DemandReplaced(x.Item1, x.Item2, x.Item5, hardened: true),
        3 => Given.DemandTabled(new Demand(x.Item1, x.Item3, [.. x.Item4], "A joint demand.") { CoAuthors = [TestWorld.Eu], ConflictsWith = [x.Item2], Formalises = [StatementIds[0]] }, x.Item5),
        _ => Given.DemandSettled(x.Item1, DemandOutcome.Compromise, x.Item5, new ProvisionRef(DocumentIds[0], 1, "1")),
    });

    private static readonly Gen<Fact> DocumentFact = Gen.Select(Gen.OneOf(DocumentIds), Party, FactTime, Gen.Int[0, 4]).Select(x => x.Item4 switch
    {
        4 => (Fact)Given.DocumentPresented(new Document(x.Item1, DocumentKind.WrittenResponse, "A reply", [x.Item2], [TestWorld.Russia]) { RepliesTo = DocumentIds[0], Visibility = Visibility.SharedWithNamedParties, SharedWith = [TestWorld.Eu, TestWorld.Ukraine] }, x.Item3, new Provision("1", "A reply.")),
        0 => (Fact)Given.DocumentPresented(new Document(x.Item1, DocumentKind.DraftAgreement, "A draft", [x.Item2], [TestWorld.Nato]), x.Item3, new Provision("1", "An article.")),
        1 => Given.DocumentRevised(x.Item1, x.Item2, x.Item3, new Provision("1", "A revised article.")),
        2 => Given.DocumentPresented(new Document(x.Item1, DocumentKind.Annex, "An annex", [x.Item2], [TestWorld.Nato]) { PartOf = DocumentIds[0], Interprets = [DocumentIds[1]] }, x.Item3, new Provision("1", "An annex article.")) with { Handover = new Handover(TestWorld.Lavrov, null, RoundIds[0]) },
        _ => Given.DocumentDisclosed(x.Item1, x.Item3, Disclosure.Leaked) with { LeakedBy = x.Item2 },
    });

    private static readonly Gen<Fact> StatementFact =
        Gen.Select(
                Gen.OneOf(StatementIds),
                Party,
                Gen.Enum<StatementKind>(),
                Gen.Frequency((1, Gen.Const(Array.Empty<DemandId>())), (2, Gen.OneOf(DemandIds).Select(d => new[] { d }))),
                FactTime,
                Gen.Frequency((6, Gen.Const((RepresentativeId?)null)), (1, Gen.Const((RepresentativeId?)TestWorld.Lavrov)), (1, Gen.Const((RepresentativeId?)TestWorld.Pompeo))))
            .Select(x => (Fact)Given.StatementMade(
                new Statement(x.Item1, x.Item2, x.Item3, "Words.")
                {
                    About = [.. x.Item4.Select(SubjectRef.Demand)],
                    Speaker = x.Item6,
                    // A stance on a demand, or now and then on a draft, which holds of the demands it carries.
                    Stances = x.Item4.Length > 0 ? default
                        : x.Item3 == StatementKind.Rejection ? [new StanceTaken(SubjectRef.Document(DocumentIds[0]), Stance.Rejects)]
                        : [new StanceTaken(SubjectRef.Demand(DemandIds[1]), Stance.Accepts) { Condition = "if reciprocal" }],
                },
                x.Item5));

    private static readonly Gen<Fact> DeadlineFact = Gen.Select(Gen.OneOf(DeadlineIds), FactTime, Gen.Int[-5, 40], Gen.Int[0, 5]).Select(x => x.Item4 switch
    {
        0 => (Fact)Given.DeadlineSet(new Deadline(x.Item1, TestWorld.Russia, "A written reply", new LocalDate(2022, 1, 15)), x.Item2),
        1 => Given.DeadlineSet(new Deadline(x.Item1, TestWorld.Russia, "A framework", new LocalDate(2022, 1, 20)) { JointlyWith = [TestWorld.UnitedStates], DueWithin = DateWindow.MidIn(new YearMonth(2022, 1)), Zone = x.Item3 % 2 == 0 ? "Europe/Moscow" : null, ExtendableBy = x.Item3 % 3 == 0 ? [TestWorld.Russia, TestWorld.UnitedStates] : [], DueRule = x.Item3 % 5 == 0 ? new DueRule(new DevelopmentId("dev1"), Period.FromDays(Math.Abs(x.Item3) + 1)) : null }, x.Item2),
        2 => Given.DeadlineExtended(x.Item1, new LocalDate(2022, 1, 15).PlusDays(x.Item3), x.Item2) with
        {
            JointlyWith = x.Item3 % 2 == 0 ? [TestWorld.UnitedStates] : [],
            Branches = x.Item3 % 3 == 0 ? [new DueBranch(new LocalDate(2022, 1, 25).PlusDays(x.Item3), DeadlineIds[Math.Abs(x.Item3 / 3) % DeadlineIds.Length])] : [],
            EarlyEnd = (EarlyEnd)(Math.Abs(x.Item3) % 3),
        },
        3 => Given.DeadlineClosed(x.Item1, x.Item3 % 3 == 0 ? DeadlineOutcome.Met : x.Item3 % 2 == 0 ? DeadlineOutcome.Overtaken : DeadlineOutcome.Abandoned, x.Item2, "Events."),
        _ => Given.DeadlineMet(x.Item1, x.Item2),
    });

    /// <summary>Every kind of commitment rule, the participation rule most often, now and then within a scope.</summary>
    private static readonly Gen<(CommitmentRule Rule, CommitmentScope Scope)> CommitmentTerms = Gen.Select(
        Gen.Frequency(
            (4, Gen.Const(CommitmentRule.Participation(TestWorld.Eu))),
            (1, Gen.Shuffle(RoundIds, 2, 2).Select(ids => CommitmentRule.RoundOrder(ids[0], ids[1]))),
            (1, Gen.OneOf(Gen.Const(CommitmentRule.Prohibition()), Gen.Const(CommitmentRule.Prohibition(TestWorld.Russia)))),
            (1, Gen.Int[0, 2].Select(CommitmentRule.Limit)),
            (1, Gen.Const(CommitmentRule.TextOnly))),
        Gen.Frequency(
            (3, Gen.Const(CommitmentScope.AllRounds)),
            (1, Gen.Select(Gen.Int[0, 40], Gen.Bool, (days, bilateral) => new CommitmentScope
            {
                From = new LocalDate(2021, 12, 20).PlusDays(days),
                Formats = bilateral ? [RoundFormat.Bilateral] : [],
            }))));

    private static readonly Gen<Fact> WorldFact = Gen.Select(Party, Gen.OneOf(TopicIds), FactTime, Gen.Int[0, 4], CommitmentTerms).Select(x => x.Item4 switch
    {
        0 => (Fact)Given.PartyRegistered(new State(x.Item1, "A state", "XX"), x.Item3),
        4 => Given.PartyRegistered(new Organisation(x.Item1, "A body", OrganisationKind.Institution) { PartOf = TestWorld.Nato }, x.Item3),
        1 => Given.CommitmentMade(new Commitment(new CommitmentId("c1"), [TestWorld.UnitedStates, x.Item1], "An understanding.", x.Item2, x.Item5.Rule) { Scope = x.Item5.Scope }, x.Item3),
        2 => Given.MembershipBegan(TestWorld.Nato, x.Item1, x.Item3.EarliestDate),
        _ => Given.MembershipEnded(TestWorld.Nato, x.Item1, x.Item3.EarliestDate),
    });

    private static readonly RepresentativeId[] RepresentativeIds = [new("envoy1"), new("envoy2")];
    private static readonly AgreementId AgreementId = new("agreement1");

    /// <summary>People, topics, proposals, developments and agreements: the kinds the facts above do not cover.</summary>
    private static readonly Gen<Fact> OtherFact = Gen.Select(Gen.OneOf(RepresentativeIds), Party, FactTime, Gen.Int[0, 9], Gen.Enum<AgreementStepKind>(), Gen.Enum<DevelopmentKind>()).Select(x => x.Item4 switch
    {
        0 => (Fact)Given.RepresentativeAppointed(new Representative(x.Item1, "An envoy", "Special Envoy", x.Item2, new TermOfOffice(new LocalDate(2021, 1, 1))), x.Item3),
        1 => Given.RepresentativeLeftOffice(x.Item1, x.Item3.EarliestDate),
        2 => Given.TopicDefined(new Topic(new TopicId("exercises"), "Military exercises", TestWorld.MilitaryDeployments), x.Item3),
        3 => Given.ProposalMade(new Proposal(new ProposalId("p1"), x.Item2, [TestWorld.Russia], "Limits on exercises.") { Answers = [SubjectRef.Demand(DemandIds[0])] }, x.Item3),
        4 => Given.DevelopmentOccurred(new Development(new DevelopmentId("dev1"), x.Item6, "Something happened.") { Actors = [x.Item2] }, x.Item3),
        5 => x.Item6.GetHashCode() % 2 == 0
            ? Given.AgreementAdopted(new Agreement(AgreementId, DocumentIds[0], [TestWorld.Russia, x.Item2], MilestoneRule.When(x.Item6)), x.Item3)
            : Given.AgreementDrafted(
                new Agreement(AgreementId, DocumentIds[0], [TestWorld.Russia, x.Item2], MilestoneRule.OrEarlierByMutualConsent(MilestoneRule.Threshold(Period.FromDays(30), parties: 2, share: 50m)))
                {
                    ConsentDelay = Period.FromDays(30),
                    WithdrawalNotBefore = Period.FromYears(1),
                    Milestones = [new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.Unless(MilestoneRule.After(MilestoneKind.EntryIntoForce, Period.FromDays(10)), new DevelopmentId("dev1"))), new Milestone(MilestoneKind.Termination, MilestoneRule.After(DeadlineIds[0], Period.FromDays(1)))],
                },
                x.Item3),
        7 => Given.RoleTaken(x.Item6.GetHashCode() % 2 == 0 ? RoundRole.OfParty(RoleKind.Coordinator, x.Item2) with { For = TestWorld.Nato } : RoundRole.OfPerson(RoleKind.Mediator, x.Item1), x.Item3),
        8 => Given.RoleLeft(x.Item6.GetHashCode() % 2 == 0 ? RoundRole.OfParty(RoleKind.Coordinator, x.Item2) with { For = TestWorld.Nato } : RoundRole.OfPerson(RoleKind.Mediator, x.Item1), x.Item3),
        9 => Given.ConditionMet(StatementIds[x.Item6.GetHashCode() % StatementIds.Length], SubjectRef.Demand(DemandIds[1]), x.Item3),
        _ => Given.AgreementStepTaken(AgreementId, x.Item5, x.Item3, x.Item5 is AgreementStepKind.Signature && x.Item2 == TestWorld.Atlantis ? null : x.Item2) with
        {
            Count = x.Item5 is AgreementStepKind.Signature && x.Item2 == TestWorld.Atlantis ? 3 : 1,
            Tally = x.Item5.IsConsent() ? new StepTally(2, 60m) : null,
            Milestone = x.Item5 == AgreementStepKind.MutualConsent ? MilestoneKind.EntryIntoForce : null,
        },
    });

    /// <summary>Any fact over the small set of ids, legal or not, of every kind; one in ten is recorded, wrongly, before it
    /// happened.</summary>
    public static readonly Gen<Fact> Fact = Gen.Select(
        Gen.Frequency((5, RoundPlanned), (8, RoundChange), (3, DemandFact), (3, DocumentFact), (3, StatementFact), (2, DeadlineFact), (2, WorldFact), (3, OtherFact)),
        Gen.Int[0, 9],
        (fact, dice) => dice switch
        {
            0 => fact.RecordedAt(NodaTime.Instant.FromUtc(2021, 11, 1, 0, 0)),
            1 => fact with { Reports = [new Report(fact.Source with { Outlet = "Second outlet" }, fact.Occurred.EarliestDate.PlusDays(-1))] },
            _ => fact,
        });

    /// <summary>Records <paramref name="facts"/> in the test world's case one by one, keeping those it accepts.</summary>
    public static NegotiationCase Accepted(IEnumerable<Fact> facts)
    {
        var negotiation = TestWorld.Case;
        foreach (var fact in facts)
        {
            negotiation = negotiation.Record(fact).TryGetCase(out var changed) ? changed : negotiation;
        }

        return negotiation;
    }

    /// <summary>Words the facts <paramref name="negotiation"/> added to the test world's case, one per line, for a failure
    /// message.</summary>
    public static string AddedFacts(NegotiationCase negotiation) =>
        $"log:{Environment.NewLine}{string.Join(Environment.NewLine, negotiation.Log.Skip(TestWorld.Case.Version).Select(f => f.Describe()))}";

    /// <summary>Histories of up to about 50 facts: three times in four a <see cref="Story"/> with up to 20 single facts of
    /// every kind (<see cref="Fact"/>) woven into it, the story keeping its order; otherwise up to 30 single facts.</summary>
    public static readonly Gen<Fact[]> Facts = Gen.Frequency(
        (1, Fact.Array[0, 30]),
        (3, Gen.Select(Story, Fact.Array[0, 20], Gen.Int[0, 1000].Array[20], Weave)));
}
