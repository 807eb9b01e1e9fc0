using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace Negotiation.Model.Json;

/// <summary>Reads facts, and the values inside them, from their case-file form.</summary>
internal static class FactReader
{
    private delegate bool TryId<T>(string? text, out T id);

    public static Fact ReadFact(Node n)
    {
        var type = n.String("type");
        if (!FactTypes.ByName.ContainsKey(type))
        {
            throw new ReadFailure(CaseFileErrorCodes.UnknownType, $"'{type}' is not a fact type; use one of {string.Join(", ", FactTypes.ByName.Keys.Order(StringComparer.Ordinal))}.", n.At("type"));
        }

        var occurred = MomentOf(n, "occurred");
        var recorded = InstantOf(n, "recorded");
        var source = SourceOf(n.Object("source"));
        var reports = Parts(n, "reports", ReportOf, required: false);
        Fact fact = type switch
        {
            "party-registered" => new PartyRegistered { Occurred = occurred, Recorded = recorded, Source = source, Party = PartyOf(n.Object("party")) },
            "membership-began" => new MembershipBegan { Occurred = occurred, Recorded = recorded, Source = source, Organisation = Party(n, "organisation"), Member = Party(n, "member"), Joined = DateOf(n, "joined") },
            "membership-ended" => new MembershipEnded { Occurred = occurred, Recorded = recorded, Source = source, Organisation = Party(n, "organisation"), Member = Party(n, "member"), Left = DateOf(n, "left") },
            "representative-appointed" => new RepresentativeAppointed { Occurred = occurred, Recorded = recorded, Source = source, Representative = RepresentativeOf(n.Object("representative")) },
            "representative-left-office" => new RepresentativeLeftOffice { Occurred = occurred, Recorded = recorded, Source = source, Representative = Id<RepresentativeId>(n, "representative", RepresentativeId.TryCreate), LastDay = DateOf(n, "lastDay") },
            "topic-defined" => new TopicDefined { Occurred = occurred, Recorded = recorded, Source = source, Topic = TopicOf(n.Object("topic")) },
            "demand-tabled" => new DemandTabled { Occurred = occurred, Recorded = recorded, Source = source, Demand = DemandOf(n.Object("demand")) },
            "demand-withdrawn" => new DemandWithdrawn { Occurred = occurred, Recorded = recorded, Source = source, Demand = Id<DemandId>(n, "demand", DemandId.TryCreate) },
            "demand-replaced" => new DemandReplaced { Occurred = occurred, Recorded = recorded, Source = source, Demand = Id<DemandId>(n, "demand", DemandId.TryCreate), By = Id<DemandId>(n, "by", DemandId.TryCreate), Hardened = n.Boolean("hardened", false) },
            "proposal-made" => new ProposalMade { Occurred = occurred, Recorded = recorded, Source = source, Proposal = ProposalOf(n.Object("proposal")) },
            "document-presented" => new DocumentPresented { Occurred = occurred, Recorded = recorded, Source = source, Document = DocumentOf(n.Object("document")), Provisions = Provisions(n), Handover = n.OptionalObject("handover") is { } h ? HandoverOf(h) : null },
            "document-revised" => new DocumentRevised { Occurred = occurred, Recorded = recorded, Source = source, Document = Id<DocumentId>(n, "document", DocumentId.TryCreate), By = Party(n, "by"), Provisions = Provisions(n) },
            "document-disclosed" => new DocumentDisclosed { Occurred = occurred, Recorded = recorded, Source = source, Document = Id<DocumentId>(n, "document", DocumentId.TryCreate), How = EnumOr(n, "how", Disclosure.Published), LeakedBy = OptionalId<PartyId>(n, "leakedBy", PartyId.TryCreate) },
            "round-planned" => new RoundPlanned { Occurred = occurred, Recorded = recorded, Source = source, Round = RoundOf(n.Object("round")), Agreed = n.Boolean("agreed", true) },
            "round-agreed" => new RoundAgreed { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n) },
            "round-rescheduled" => new RoundRescheduled { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Planned = MomentOf(n, "planned"), PlannedEnd = OptionalMoment(n, "plannedEnd") },
            "round-held" => new RoundHeld { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Ended = OptionalMoment(n, "ended"), Attendance = Parts(n, "attendance", AttendanceOf, required: false) },
            "round-concluded" => new RoundConcluded { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Outcome = OutcomeOf(n.Object("outcome")) },
            "round-postponed" => new RoundPostponed { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Reason = n.String("reason"), NewPlanned = OptionalMoment(n, "newPlanned"), NewPlannedEnd = OptionalMoment(n, "newPlannedEnd") },
            "round-cancelled" => new RoundCancelled { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Reason = n.String("reason") },
            "commitment-made" => new CommitmentMade { Occurred = occurred, Recorded = recorded, Source = source, Commitment = CommitmentOf(n.Object("commitment")) },
            "statement-made" => new StatementMade { Occurred = occurred, Recorded = recorded, Source = source, Statement = StatementOf(n.Object("statement")) },
            "deadline-set" => new DeadlineSet { Occurred = occurred, Recorded = recorded, Source = source, Deadline = DeadlineOf(n.Object("deadline")) },
            "deadline-extended" => new DeadlineExtended { Occurred = occurred, Recorded = recorded, Source = source, Deadline = Id<DeadlineId>(n, "deadline", DeadlineId.TryCreate), NewDue = DateOf(n, "newDue"), By = OptionalId<PartyId>(n, "by", PartyId.TryCreate), JointlyWith = Ids<PartyId>(n, "jointlyWith", PartyId.TryCreate), Branches = Parts(n, "branches", DueBranchOf, required: false), EarlyEnd = n.TryGet("earlyEnd", out _) ? EnumOf<EarlyEnd>(n, "earlyEnd") : EarlyEnd.None },
            "deadline-met" => new DeadlineMet { Occurred = occurred, Recorded = recorded, Source = source, Deadline = Id<DeadlineId>(n, "deadline", DeadlineId.TryCreate) },
            "deadline-closed" => new DeadlineClosed { Occurred = occurred, Recorded = recorded, Source = source, Deadline = Id<DeadlineId>(n, "deadline", DeadlineId.TryCreate), Outcome = EnumOf<DeadlineOutcome>(n, "outcome"), Reason = n.OptionalString("reason") },
            "development-occurred" => new DevelopmentOccurred { Occurred = occurred, Recorded = recorded, Source = source, Development = DevelopmentOf(n.Object("development")) },
            "agreement-adopted" => new AgreementAdopted { Occurred = occurred, Recorded = recorded, Source = source, Agreement = AgreementOf(n.Object("agreement")) },
            "agreement-drafted" => new AgreementDrafted { Occurred = occurred, Recorded = recorded, Source = source, Agreement = AgreementOf(n.Object("agreement")) },
            "agreement-step-taken" => new AgreementStepTaken
            {
                Occurred = occurred, Recorded = recorded, Source = source, Agreement = Id<AgreementId>(n, "agreement", AgreementId.TryCreate), Step = EnumOf<AgreementStepKind>(n, "step"),
                Party = OptionalId<PartyId>(n, "party", PartyId.TryCreate), Count = n.Int("count", 1), Tally = n.OptionalObject("tally") is { } t ? TallyOf(t) : null,
                Milestone = n.TryGet("milestone", out _) ? EnumOf<MilestoneKind>(n, "milestone") : null,
            },
            "role-taken" => new RoleTaken { Occurred = occurred, Recorded = recorded, Source = source, Role = RoleOf(n.Object("role")) },
            "role-left" => new RoleLeft { Occurred = occurred, Recorded = recorded, Source = source, Role = RoleOf(n.Object("role")) },
            "condition-met" => new ConditionMet { Occurred = occurred, Recorded = recorded, Source = source, Statement = Id<StatementId>(n, "statement", StatementId.TryCreate), Subject = SubjectOf(n.String("subject"), Node.Child(n.Path, "subject")), How = n.OptionalString("how") },
            "demand-settled" => new DemandSettled { Occurred = occurred, Recorded = recorded, Source = source, Demand = Id<DemandId>(n, "demand", DemandId.TryCreate), Outcome = EnumOf<DemandOutcome>(n, "outcome"), By = n.OptionalObject("by") is { } by ? ProvisionRefOf(by) : null, Summary = n.OptionalString("summary") },
            "round-preconditions-changed" => new RoundPreconditionsChanged { Occurred = occurred, Recorded = recorded, Source = source, Round = Round(n), Precondition = n.OptionalObject("precondition") is { } p ? PreconditionOf(p) : null, Reason = n.OptionalString("reason") },
            _ => throw new ReadFailure(CaseFileErrorCodes.UnknownType, $"'{type}' has no reader.", n.At("type")),
        };
        n.End();
        return reports.IsEmpty ? fact : fact with { Reports = reports };

        static Report ReportOf(Node r)
        {
            var report = new Report(SourceOf(r.Object("source")), MomentOf(r, "claimed"));
            r.End();
            return report;
        }
    }

    private static RoundRole RoleOf(Node r)
    {
        var role = new RoundRole(EnumOf<RoleKind>(r, "kind"), OptionalId<PartyId>(r, "party", PartyId.TryCreate), OptionalId<RepresentativeId>(r, "person", RepresentativeId.TryCreate))
        {
            For = OptionalId<PartyId>(r, "for", PartyId.TryCreate),
        };
        r.End();
        return role;
    }

    private static ProvisionRef ProvisionRefOf(Node n)
    {
        var document = Id<DocumentId>(n, "document", DocumentId.TryCreate);
        var revision = n.Int("revision");
        var article = n.String("article");
        n.End();
        return new ProvisionRef(document, revision, article);
    }

    public static Precondition PreconditionOf(Node n)
    {
        var type = n.String("type");
        Precondition condition = type switch
        {
            "round-held" => new RoundHeldCondition(Round(n)),
            "round-concluded" => new RoundConcludedCondition(Round(n)),
            "document-presented" => new DocumentPresentedCondition(Id<DocumentId>(n, "document", DocumentId.TryCreate)),
            "demand-answered" => new DemandAnsweredCondition(Id<DemandId>(n, "demand", DemandId.TryCreate), OptionalId<PartyId>(n, "by", PartyId.TryCreate)),
            "party-takes-part" => new PartyTakesPartCondition(Party(n, "party")),
            "named-development" => new NamedDevelopmentCondition(Id<DevelopmentId>(n, "development", DevelopmentId.TryCreate)),
            "development-occurred" => new DevelopmentOccurredCondition(EnumOf<DevelopmentKind>(n, "kind"), OptionalId<PartyId>(n, "against", PartyId.TryCreate)),
            "not-before" => new NotBeforeCondition(DateOf(n, "date")),
            "not-after" => new NotAfterCondition(DateOf(n, "date")),
            "all-of" => new AllOfCondition(Parts(n, "parts", PreconditionOf)),
            "any-of" => new AnyOfCondition(Parts(n, "parts", PreconditionOf)),
            "not" => new NotCondition(PreconditionOf(n.Object("part"))),
            _ => throw new ReadFailure(CaseFileErrorCodes.UnknownType, $"'{type}' is not a precondition type; use one of round-held, round-concluded, document-presented, demand-answered, party-takes-part, development-occurred, named-development, not-before, not-after, all-of, any-of, not.", n.At("type")),
        };
        n.End();
        return condition;
    }

    private static MilestoneRule RuleOf(Node n)
    {
        var type = n.String("type");
        MilestoneRule rule = type switch
        {
            "after-step" => AfterStep(n),
            "on-development" => new OnDevelopmentRule(EnumOf<DevelopmentKind>(n, "kind")),
            "earlier-of" => new EarlierOfRule(Parts(n, "rules", RuleOf)),
            "later-of" => new LaterOfRule(Parts(n, "rules", RuleOf)),
            "after-milestone" => new AfterMilestoneRule(EnumOf<MilestoneKind>(n, "milestone"), PeriodOf(n, "delay")),
            "after-deadline" => new AfterDeadlineRule(Id<DeadlineId>(n, "deadline", DeadlineId.TryCreate), PeriodOf(n, "delay")),
            "on-this-development" => new OnSpecificDevelopmentRule(Id<DevelopmentId>(n, "development", DevelopmentId.TryCreate)),
            "on-date" => new OnDateRule(DateOf(n, "day")),
            "unless" => new UnlessRule(RuleOf(n.Object("rule")), Id<DevelopmentId>(n, "development", DevelopmentId.TryCreate)),
            "or-earlier-by-mutual-consent" => new ByConsentRule(RuleOf(n.Object("rule"))),
            "threshold" => Threshold(n),
            _ => throw new ReadFailure(CaseFileErrorCodes.UnknownType, $"'{type}' is not a milestone rule type; use after-step, on-development, earlier-of, later-of, after-milestone, after-deadline, on-this-development, on-date, unless, or-earlier-by-mutual-consent or threshold.", n.At("type")),
        };
        n.End();
        return rule;

        static MilestoneRule Threshold(Node n)
        {
            var delay = PeriodOf(n, "delay");
            var parties = n.Int("parties", 0);
            var share = n.OptionalDecimal("share");
            var majority = n.Boolean("moreThanHalfOfSignatories", false);
            return parties >= 0 && share is null or (> 0 and <= 100) && (parties > 0 || share is not null || majority)
                ? new ThresholdRule(delay, parties, share, majority)
                : throw new ReadFailure(CaseFileErrorCodes.BadValue, "A threshold needs parties (0 or more), a share above 0 and at most 100, or the majority of signatories; give at least one.", n.Path);
        }

        static MilestoneRule AfterStep(Node n)
        {
            var step = EnumOf<AgreementStepKind>(n, "step");
            var delay = PeriodOf(n, "delay");
            var count = n.Int("count", 1);
            return count >= 1
                ? new AfterStepRule(step, delay, count)
                : throw new ReadFailure(CaseFileErrorCodes.BadValue, "The count is at least 1 (the first step of that kind).", n.At("count"));
        }
    }

    private static StepTally TallyOf(Node n)
    {
        var parties = n.Int("parties");
        var share = n.OptionalDecimal("share");
        n.End();
        return new StepTally(parties, share);
    }

    private static Source SourceOf(Node n)
    {
        var source = new Source(n.String("outlet"), DateOf(n, "reportedOn"))
        {
            Speaker = n.OptionalString("speaker"),
            Channel = n.OptionalString("channel"),
            Reference = n.OptionalString("reference"),
        };
        n.End();
        return source;
    }

    private static Party PartyOf(Node n)
    {
        var kind = EnumOf<PartyKind>(n, "kind");
        var id = Id<PartyId>(n, "id", PartyId.TryCreate);
        var name = n.String("name");
        Party party = kind switch
        {
            PartyKind.State => new State(id, name, n.String("isoCode")),
            PartyKind.Organisation => new Organisation(id, name, EnumOf<OrganisationKind>(n, "organisationKind"), Parts(n, "memberships", MembershipOf, required: false))
            {
                PartOf = OptionalId<PartyId>(n, "partOf", PartyId.TryCreate),
            },
            _ => new PartyGroup(id, name, Ids<PartyId>(n, "members", PartyId.TryCreate, required: true)),
        };
        n.End();
        return party;

        static Membership MembershipOf(Node m)
        {
            var membership = new Membership(Party(m, "member"), DateOf(m, "joined"), OptionalDate(m, "left"));
            m.End();
            return membership;
        }
    }

    private static Representative RepresentativeOf(Node n)
    {
        var r = new Representative(
            Id<RepresentativeId>(n, "id", RepresentativeId.TryCreate),
            n.String("name"),
            n.String("office"),
            Party(n, "party"),
            new TermOfOffice(DateOf(n, "from"), OptionalDate(n, "until")));
        n.End();
        return r;
    }

    private static Topic TopicOf(Node n)
    {
        var topic = new Topic(Id<TopicId>(n, "id", TopicId.TryCreate), n.String("name"), OptionalId<TopicId>(n, "broader", TopicId.TryCreate));
        n.End();
        return topic;
    }

    private static Demand DemandOf(Node n)
    {
        var demand = new Demand(Id<DemandId>(n, "id", DemandId.TryCreate), Party(n, "author"), Ids<PartyId>(n, "addressees", PartyId.TryCreate, required: true), n.String("text"))
        {
            Kind = EnumOr(n, "kind", DemandKind.Other),
            Topics = Ids<TopicId>(n, "topics", TopicId.TryCreate),
            Concerns = Ids<PartyId>(n, "concerns", PartyId.TryCreate),
            Package = n.OptionalString("package"),
            Source = MadeIn(n),
            CoAuthors = Ids<PartyId>(n, "coAuthors", PartyId.TryCreate),
            AlsoCarriedBy = Parts(n, "alsoCarriedBy", ProvisionRefOf, required: false),
            ConflictsWith = Ids<DemandId>(n, "conflictsWith", DemandId.TryCreate),
            Formalises = Ids<StatementId>(n, "formalises", StatementId.TryCreate),
        };
        n.End();
        return demand;
    }

    private static Handover HandoverOf(Node n)
    {
        var handover = new Handover(OptionalId<RepresentativeId>(n, "by", RepresentativeId.TryCreate), OptionalId<RepresentativeId>(n, "to", RepresentativeId.TryCreate), OptionalId<RoundId>(n, "round", RoundId.TryCreate));
        n.End();
        return handover;
    }

    private static Attendance AttendanceOf(Node n)
    {
        var attendance = new Attendance(Id<RepresentativeId>(n, "person", RepresentativeId.TryCreate), OptionalMoment(n, "joined"));
        n.End();
        return attendance;
    }

    private static DemandSource? MadeIn(Node parent)
    {
        if (parent.OptionalObject("madeIn") is not { } n)
        {
            return null;
        }

        DemandSource source;
        if (n.TryGet("statement", out _))
        {
            source = DemandSource.InStatement(Id<StatementId>(n, "statement", StatementId.TryCreate));
        }
        else
        {
            source = DemandSource.InProvision(Id<DocumentId>(n, "document", DocumentId.TryCreate), n.Int("revision"), n.String("article"));
        }

        n.End();
        return source;
    }

    private static Proposal ProposalOf(Node n)
    {
        var proposal = new Proposal(Id<ProposalId>(n, "id", ProposalId.TryCreate), Party(n, "author"), Ids<PartyId>(n, "addressees", PartyId.TryCreate, required: true), n.String("text"))
        {
            Topics = Ids<TopicId>(n, "topics", TopicId.TryCreate),
            Answers = Subjects(n, "answers"),
            Condition = n.OptionalString("condition"),
            IsReciprocal = n.Boolean("reciprocal", false),
            Source = MadeIn(n),
        };
        n.End();
        return proposal;
    }

    private static Document DocumentOf(Node n)
    {
        var document = new Document(
            Id<DocumentId>(n, "id", DocumentId.TryCreate),
            EnumOf<DocumentKind>(n, "kind"),
            n.String("title"),
            Ids<PartyId>(n, "authors", PartyId.TryCreate, required: true),
            Ids<PartyId>(n, "addressees", PartyId.TryCreate, required: true))
        {
            RepliesTo = OptionalId<DocumentId>(n, "repliesTo", DocumentId.TryCreate),
            PartOf = OptionalId<DocumentId>(n, "partOf", DocumentId.TryCreate),
            Interprets = Ids<DocumentId>(n, "interprets", DocumentId.TryCreate),
            Visibility = EnumOr(n, "visibility", Visibility.Confidential),
            SharedWith = Ids<PartyId>(n, "sharedWith", PartyId.TryCreate),
        };
        n.End();
        return document;
    }

    private static EquatableArray<Provision> Provisions(Node n) => Parts(n, "provisions", p =>
    {
        var provision = new Provision(p.String("article"), p.String("text"));
        p.End();
        return provision;
    }, required: false);

    private static Round RoundOf(Node n)
    {
        var round = new Round(Round(n, "id"), EnumOf<RoundFormat>(n, "format"), Parts(n, "sides", SideOf), MomentOf(n, "planned"))
        {
            Title = n.OptionalString("title"),
            Channel = EnumOr(n, "channel", RoundChannel.Meeting),
            Chair = OptionalId<PartyId>(n, "chair", PartyId.TryCreate),
            ChairRole = EnumOr(n, "chairRole", ChairRole.Chair),
            Venue = n.OptionalObject("venue") is { } v ? VenueOf(v) : null,
            Agenda = n.OptionalObject("agenda") is { } a ? AgendaOf(a) : Agenda.Empty,
            Precondition = n.OptionalObject("precondition") is { } p ? PreconditionOf(p) : null,
            Kind = EnumOr(n, "kind", RoundKind.Unspecified),
            PartOf = OptionalId<RoundId>(n, "partOf", RoundId.TryCreate),
            ChairPerson = OptionalId<RepresentativeId>(n, "chairPerson", RepresentativeId.TryCreate),
            Roles = Parts(n, "roles", RoleOf, required: false),
            PlannedEnd = OptionalMoment(n, "plannedEnd"),
        };
        n.End();
        return round;

        static RoundSide SideOf(Node s)
        {
            var side = new RoundSide(Party(s, "party"), s.OptionalObject("delegation") is { } d ? DelegationOf(d) : null);
            s.End();
            return side;
        }

        static Delegation DelegationOf(Node d)
        {
            var delegation = new Delegation(OptionalId<RepresentativeId>(d, "head", RepresentativeId.TryCreate), Ids<RepresentativeId>(d, "members", RepresentativeId.TryCreate));
            d.End();
            return delegation;
        }

        static Venue VenueOf(Node v)
        {
            var zone = v.String("zone");
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            {
                throw new ReadFailure(CaseFileErrorCodes.BadValue, $"'{zone}' is not a tz database zone id; use one such as 'Europe/Zurich'.", v.At("zone"));
            }

            var venue = new Venue(v.String("name"), zone);
            v.End();
            return venue;
        }

        static Agenda AgendaOf(Node a)
        {
            var agenda = new Agenda
            {
                Topics = Ids<TopicId>(a, "topics", TopicId.TryCreate),
                Documents = Ids<DocumentId>(a, "documents", DocumentId.TryCreate),
                Demands = Ids<DemandId>(a, "demands", DemandId.TryCreate),
            };
            a.End();
            return agenda;
        }
    }

    private static RoundOutcome OutcomeOf(Node n)
    {
        var outcome = new RoundOutcome(n.String("summary"))
        {
            Statements = Ids<StatementId>(n, "statements", StatementId.TryCreate),
            DocumentsHandedOver = Ids<DocumentId>(n, "documentsHandedOver", DocumentId.TryCreate),
            FollowUp = n.OptionalString("followUp"),
        };
        n.End();
        return outcome;
    }

    private static Commitment CommitmentOf(Node n)
    {
        var id = Id<CommitmentId>(n, "id", CommitmentId.TryCreate);
        var parties = Ids<PartyId>(n, "parties", PartyId.TryCreate, required: true);
        var text = n.String("text");
        var topic = Id<TopicId>(n, "topic", TopicId.TryCreate);
        var rule = n.OptionalObject("rule") is { } r ? CommitmentRuleOf(r)
            : n.TryGet("requiredParticipant", out _) ? CommitmentRule.Participation(Party(n, "requiredParticipant"))
            : throw new ReadFailure(CaseFileErrorCodes.MissingProperty, "The commitment has neither 'requiredParticipant' nor 'rule'; give one.", n.Path);
        var commitment = new Commitment(id, parties, text, topic, rule) { Scope = n.OptionalObject("scope") is { } scope ? ScopeOf(scope) : CommitmentScope.AllRounds };
        n.End();
        return commitment;
    }

    private static CommitmentRule CommitmentRuleOf(Node n)
    {
        var type = n.String("type");
        var rule = type switch
        {
            "participation" => CommitmentRule.Participation(Party(n, "party")),
            "round-order" => new RoundOrderRule(Round(n, "first"), Round(n, "then")),
            "prohibition" => new ProhibitionRule(OptionalId<PartyId>(n, "with", PartyId.TryCreate)),
            "limit" => new LimitRule(n.Int("rounds") is var rounds and >= 0 ? rounds : throw new ReadFailure(CaseFileErrorCodes.BadValue, "The limit is zero rounds or more.", n.At("rounds"))),
            "text-only" => CommitmentRule.TextOnly,
            _ => throw new ReadFailure(CaseFileErrorCodes.UnknownType, $"'{type}' is not a commitment rule type; use participation, round-order, prohibition, limit or text-only.", n.At("type")),
        };
        n.End();
        return rule;
    }

    private static CommitmentScope ScopeOf(Node n)
    {
        var scope = new CommitmentScope
        {
            Formats = EnumsOf<RoundFormat>(n, "formats"),
            Channels = EnumsOf<RoundChannel>(n, "channels"),
            From = OptionalDate(n, "from"),
            Until = OptionalDate(n, "until"),
        };
        n.End();
        return scope;
    }

    private static Statement StatementOf(Node n)
    {
        var statement = new Statement(Id<StatementId>(n, "id", StatementId.TryCreate), Party(n, "party"), EnumOf<StatementKind>(n, "kind"), n.String("quote"))
        {
            Speaker = OptionalId<RepresentativeId>(n, "speaker", RepresentativeId.TryCreate),
            Channel = EnumOr(n, "channel", StatementChannel.Other),
            Outlet = n.OptionalString("outlet"),
            Addressees = Ids<PartyId>(n, "addressees", PartyId.TryCreate),
            About = Subjects(n, "about"),
            Extent = EnumOr(n, "extent", Extent.Whole),
            Visibility = EnumOr(n, "visibility", Visibility.Public),
            SharedWith = Ids<PartyId>(n, "sharedWith", PartyId.TryCreate),
            Condition = n.OptionalString("condition"),
            Stances = Parts(n, "stances", StanceOf, required: false),
        };
        n.End();
        return statement;

        static StanceTaken StanceOf(Node t)
        {
            var subject = SubjectOf(t.String("subject"), t.At("subject"));
            var stance = new StanceTaken(subject, EnumOf<Stance>(t, "stance"), EnumOr(t, "extent", Extent.Whole)) { Condition = t.OptionalString("condition") };
            t.End();
            return stance;
        }
    }

    private static Deadline DeadlineOf(Node n)
    {
        var deadline = new Deadline(Id<DeadlineId>(n, "id", DeadlineId.TryCreate), Party(n, "setBy"), n.String("what"), DateOf(n, "due"))
        {
            Subject = n.TryGet("subject", out var subject) ? SubjectOf(n.StringValue(subject, n.At("subject")), n.At("subject")) : null,
            JointlyWith = Ids<PartyId>(n, "jointlyWith", PartyId.TryCreate),
            DueWithin = n.TryGet("dueWithin", out _) ? WindowOf(n, "dueWithin") : null,
            DueRule = n.OptionalObject("dueRule") is { } rule ? DueRuleOf(rule) : null,
            Zone = n.OptionalString("zone"),
            ExtendableBy = Ids<PartyId>(n, "extendableBy", PartyId.TryCreate),
        };
        n.End();
        return deadline;
    }

    private static DueRule DueRuleOf(Node n)
    {
        var rule = new DueRule(Id<DevelopmentId>(n, "after", DevelopmentId.TryCreate), PeriodOf(n, "length"));
        n.End();
        return rule;
    }

    private static DueBranch DueBranchOf(Node n)
    {
        var branch = new DueBranch(DateOf(n, "due"), Id<DeadlineId>(n, "condition", DeadlineId.TryCreate));
        n.End();
        return branch;
    }

    private static Development DevelopmentOf(Node n)
    {
        var development = new Development(Id<DevelopmentId>(n, "id", DevelopmentId.TryCreate), EnumOf<DevelopmentKind>(n, "kind"), n.String("description"))
        {
            Actors = Ids<PartyId>(n, "actors", PartyId.TryCreate),
            Targets = Ids<PartyId>(n, "targets", PartyId.TryCreate),
        };
        n.End();
        return development;
    }

    private static Agreement AgreementOf(Node n)
    {
        var agreement = new Agreement(
            Id<AgreementId>(n, "id", AgreementId.TryCreate),
            Id<DocumentId>(n, "text", DocumentId.TryCreate),
            Ids<PartyId>(n, "parties", PartyId.TryCreate, required: true),
            RuleOf(n.Object("entryIntoForce")))
        {
            WithdrawalNotice = n.TryGet("withdrawalNotice", out _) ? PeriodOf(n, "withdrawalNotice") : null,
            WithdrawalNotBefore = n.TryGet("withdrawalNotBefore", out _) ? PeriodOf(n, "withdrawalNotBefore") : null,
            ConsentDelay = n.TryGet("consentDelay", out _) ? PeriodOf(n, "consentDelay") : null,
            Milestones = Parts(n, "milestones", m =>
            {
                var milestone = new Milestone(EnumOf<MilestoneKind>(m, "kind"), RuleOf(m.Object("rule")));
                m.End();
                return milestone;
            }, required: false),
        };
        n.End();
        return agreement;
    }

    private static EquatableArray<SubjectRef> Subjects(Node n, string name) =>
        Items(n, n.Array(name, required: false), 0, static (n, _, element, path) => SubjectOf(n.StringValue(element, path), path));

    /// <summary>Reads each item of <paramref name="array"/> with <paramref name="read"/> (a static lambda, its state passed
    /// in, so a read allocates no closure), into an array made at its size, and nothing for an empty one.</summary>
    private static EquatableArray<T> Items<T, TState>(Node n, ArrayItems array, TState state, Func<Node, TState, System.Text.Json.JsonElement, PathTo, T> read)
    {
        if (array.Count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>(array.Count);
        foreach (var (element, path) in array)
        {
            items.Add(read(n, state, element, path));
        }

        return items.MoveToImmutable();
    }

    private static SubjectRef SubjectOf(string text, PathTo path)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && EnumNames<SubjectKind>.TryParse(text[..colon], out var kind))
        {
            var id = text[(colon + 1)..];
            SubjectRef? subject = kind switch
            {
                SubjectKind.Demand => DemandId.TryCreate(id, out var d) ? SubjectRef.Demand(d) : null,
                SubjectKind.Document => DocumentId.TryCreate(id, out var d) ? SubjectRef.Document(d) : null,
                SubjectKind.Proposal => ProposalId.TryCreate(id, out var d) ? SubjectRef.Proposal(d) : null,
                SubjectKind.Statement => StatementId.TryCreate(id, out var d) ? SubjectRef.Statement(d) : null,
                SubjectKind.Round => RoundId.TryCreate(id, out var d) ? SubjectRef.Round(d) : null,
                SubjectKind.Topic => TopicId.TryCreate(id, out var d) ? SubjectRef.Topic(d) : null,
                SubjectKind.Party => PartyId.TryCreate(id, out var d) ? SubjectRef.Party(d) : null,
                SubjectKind.Development => DevelopmentId.TryCreate(id, out var d) ? SubjectRef.Development(d) : null,
                SubjectKind.Deadline => DeadlineId.TryCreate(id, out var d) ? SubjectRef.Deadline(d) : null,
                SubjectKind.Agreement => AgreementId.TryCreate(id, out var d) ? SubjectRef.Agreement(d) : null,
                _ => null,
            };
            if (subject is { } found)
            {
                return found;
            }
        }

        throw new ReadFailure(CaseFileErrorCodes.BadId, $"'{text}' is not a subject: write kind:id, such as demand:no-enlargement, with kind one of {string.Join(", ", EnumNames<SubjectKind>.All)}.", path);
    }

    private static RoundId Round(Node n, string name = "round") => Id<RoundId>(n, name, RoundId.TryCreate);

    private static PartyId Party(Node n, string name) => Id<PartyId>(n, name, PartyId.TryCreate);

    private static T Id<T>(Node n, string name, TryId<T> create)
        where T : struct => IdValue(n.String(name), n.At(name), create);

    private static T? OptionalId<T>(Node n, string name, TryId<T> create)
        where T : struct => n.OptionalString(name) is { } text ? IdValue(text, n.At(name), create) : null;

    private static T IdValue<T>(string text, PathTo path, TryId<T> create)
        where T : struct =>
        create(text, out var id)
            ? id
            : throw new ReadFailure(CaseFileErrorCodes.BadId, $"'{Shorten(text)}' is not an id: use 1 to 100 lowercase ASCII letters, digits and single hyphens, such as 'nato' or 'geneva-2022-01'.", path);

    private static EquatableArray<T> Ids<T>(Node n, string name, TryId<T> create, bool required = false)
        where T : struct =>
        Items(n, n.Array(name, required), create, static (n, create, element, path) => IdValue(n.StringValue(element, path), path, create));

    private static EquatableArray<T> Parts<T>(Node n, string name, Func<Node, T> read, bool required = true) =>
        Items(n, n.Array(name, required), read, static (n, read, element, path) => read(n.ObjectAt(element, path)));

    private static T EnumOr<T>(Node n, string name, T fallback)
        where T : struct, Enum => n.TryGet(name, out _) ? EnumOf<T>(n, name) : fallback;

    private static T EnumOf<T>(Node n, string name)
        where T : struct, Enum
    {
        var text = n.String(name);
        return EnumNames<T>.TryParse(text, out var parsed)
            ? parsed
            : throw new ReadFailure(CaseFileErrorCodes.BadName, $"'{Shorten(text)}' is not a {typeof(T).Name}; use one of {string.Join(", ", EnumNames<T>.All)}.", n.At(name));
    }

    private static LocalDate DateOf(Node n, string name)
    {
        var text = n.String(name);
        return DateNotation.TryParseDate(text, out var date)
            ? date
            : throw new ReadFailure(CaseFileErrorCodes.BadDate, $"'{Shorten(text)}' is not a date: write yyyy-MM-dd, such as 2021-12-22, in years 1 to 9999.", n.At(name));
    }

    private static EquatableArray<T> EnumsOf<T>(Node n, string name)
        where T : struct, Enum =>
        Items(n, n.Array(name, required: false), 0, static (n, _, element, path) =>
        {
            var text = n.StringValue(element, path);
            return EnumNames<T>.TryParse(text, out var parsed)
                ? parsed
                : throw new ReadFailure(CaseFileErrorCodes.BadName, $"'{Shorten(text)}' is not a {typeof(T).Name}; use one of {string.Join(", ", EnumNames<T>.All)}.", path);
        });

    private static DateWindow WindowOf(Node n, string name)
    {
        var text = n.String(name);
        return DateNotation.TryParseWindow(text, out var window, out var problem)
            ? window
            : throw new ReadFailure(CaseFileErrorCodes.BadDate, problem ?? $"'{Shorten(text)}' is not a date window.", n.At(name));
    }

    private static LocalDate? OptionalDate(Node n, string name) => n.TryGet(name, out _) ? DateOf(n, name) : null;

    private static Instant InstantOf(Node n, string name)
    {
        var text = n.String(name);
        return DateNotation.TryParseInstant(text, out var instant)
            ? instant
            : throw new ReadFailure(CaseFileErrorCodes.BadDate, $"'{Shorten(text)}' is not an instant: write a UTC time such as 2021-12-22T12:00:00Z, in years 1 to 9999.", n.At(name));
    }

    private static Moment MomentOf(Node n, string name)
    {
        var text = n.String(name);
        return DateNotation.TryParseMoment(text, out var moment, out var problem)
            ? moment
            : throw new ReadFailure(CaseFileErrorCodes.BadDate, problem!, n.At(name));
    }

    private static Moment? OptionalMoment(Node n, string name) => n.TryGet(name, out _) ? MomentOf(n, name) : null;

    private static Period PeriodOf(Node n, string name)
    {
        var text = n.String(name);
        var parsed = PeriodPattern.Roundtrip.Parse(text);
        return parsed.Success && text.Length > 1
            ? parsed.Value
            : throw new ReadFailure(CaseFileErrorCodes.BadDate, $"'{Shorten(text)}' is not a period: write an ISO 8601 duration such as P90D, P1M or P1Y6M.", n.At(name));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
