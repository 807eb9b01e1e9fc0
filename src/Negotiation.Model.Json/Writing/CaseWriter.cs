using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Negotiation.Model.Json;

/// <summary>Writes a case in the canonical case-file form: fixed property order, defaults and empty lists left out.</summary>
internal static class CaseWriter
{
    public static void WriteCase(Utf8JsonWriter w, NegotiationCase negotiation)
    {
        w.WriteStartObject();
        w.WriteString("format", CaseFile.FormatName);
        w.WriteNumber("version", CaseFile.FormatVersion);
        w.WriteString("id", negotiation.Id.Value);
        w.WriteString("title", negotiation.Title);
        w.WriteStartArray("facts");
        foreach (var fact in negotiation.Log)
        {
            WriteFact(w, fact);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFact(Utf8JsonWriter w, Fact fact)
    {
        w.WriteStartObject();
        w.WriteString("type", FactTypes.NameOf(fact));
        w.WriteString("occurred", DateNotation.Format(fact.Occurred));
        w.WriteString("recorded", DateNotation.Format(fact.Recorded));
        WriteSource(w, fact.Source);
        if (!fact.Reports.IsEmpty)
        {
            Items(w, "reports", fact.Reports, (w, r) =>
            {
                w.WriteStartObject();
                WriteSource(w, r.Source);
                w.WriteString("claimed", DateNotation.Format(r.Claimed));
                w.WriteEndObject();
            });
        }

        switch (fact)
        {
            case PartyRegistered f:
                w.WritePropertyName("party");
                WriteParty(w, f.Party);
                break;
            case MembershipBegan f:
                Id(w, "organisation", f.Organisation.Value);
                Id(w, "member", f.Member.Value);
                Date(w, "joined", f.Joined);
                break;
            case MembershipEnded f:
                Id(w, "organisation", f.Organisation.Value);
                Id(w, "member", f.Member.Value);
                Date(w, "left", f.Left);
                break;
            case RepresentativeAppointed f:
                WriteRepresentative(w, f.Representative);
                break;
            case RepresentativeLeftOffice f:
                Id(w, "representative", f.Representative.Value);
                Date(w, "lastDay", f.LastDay);
                break;
            case TopicDefined f:
                w.WriteStartObject("topic");
                Id(w, "id", f.Topic.Id.Value);
                w.WriteString("name", f.Topic.Name);
                OptionalString(w, "broader", f.Topic.Broader?.Value);
                w.WriteEndObject();
                break;
            case DemandTabled f:
                WriteDemand(w, f.Demand);
                break;
            case DemandWithdrawn f:
                Id(w, "demand", f.Demand.Value);
                break;
            case RoleTaken f:
                WriteRole(w, f.Role);
                break;
            case RoleLeft f:
                WriteRole(w, f.Role);
                break;
            case ConditionMet f:
                Id(w, "statement", f.Statement.Value);
                w.WriteString("subject", Subject(f.Subject));
                OptionalString(w, "how", f.How);
                break;
            case DemandSettled f:
                Id(w, "demand", f.Demand.Value);
                w.WriteString("outcome", EnumNames<DemandOutcome>.Name(f.Outcome));
                if (f.By is { } settledBy)
                {
                    w.WritePropertyName("by");
                    WriteProvisionRef(w, settledBy);
                }

                OptionalString(w, "summary", f.Summary);
                break;
            case DemandReplaced f:
                Id(w, "demand", f.Demand.Value);
                Id(w, "by", f.By.Value);
                OptionalTrue(w, "hardened", f.Hardened);
                break;
            case ProposalMade f:
                WriteProposal(w, f.Proposal);
                break;
            case DocumentPresented f:
                WriteDocument(w, f.Document);
                Provisions(w, f.Provisions);
                if (f.Handover is { } handover)
                {
                    w.WriteStartObject("handover");
                    OptionalString(w, "by", handover.By?.Value);
                    OptionalString(w, "to", handover.To?.Value);
                    OptionalString(w, "round", handover.Round?.Value);
                    w.WriteEndObject();
                }

                break;
            case DocumentRevised f:
                Id(w, "document", f.Document.Value);
                Id(w, "by", f.By.Value);
                Provisions(w, f.Provisions);
                break;
            case DocumentDisclosed f:
                Id(w, "document", f.Document.Value);
                w.WriteString("how", EnumNames<Disclosure>.Name(f.How));
                OptionalString(w, "leakedBy", f.LeakedBy?.Value);
                break;
            case RoundPlanned f:
                WriteRound(w, f.Round);
                w.WriteBoolean("agreed", f.Agreed);
                break;
            case RoundAgreed f:
                Id(w, "round", f.Round.Value);
                break;
            case RoundRescheduled f:
                Id(w, "round", f.Round.Value);
                w.WriteString("planned", DateNotation.Format(f.Planned));
                break;
            case RoundHeld f:
                Id(w, "round", f.Round.Value);
                OptionalMoment(w, "ended", f.Ended);
                if (!f.Attendance.IsEmpty)
                {
                    Items(w, "attendance", f.Attendance, (w, a) =>
                    {
                        w.WriteStartObject();
                        Id(w, "person", a.Person.Value);
                        OptionalMoment(w, "joined", a.Joined);
                        w.WriteEndObject();
                    });
                }

                break;
            case RoundConcluded f:
                Id(w, "round", f.Round.Value);
                WriteOutcome(w, f.Outcome);
                break;
            case RoundPostponed f:
                Id(w, "round", f.Round.Value);
                w.WriteString("reason", f.Reason);
                OptionalMoment(w, "newPlanned", f.NewPlanned);
                break;
            case RoundPreconditionsChanged f:
                Id(w, "round", f.Round.Value);
                if (f.Precondition is { } changedTo)
                {
                    w.WritePropertyName("precondition");
                    WritePrecondition(w, changedTo);
                }

                OptionalString(w, "reason", f.Reason);
                break;
            case RoundCancelled f:
                Id(w, "round", f.Round.Value);
                w.WriteString("reason", f.Reason);
                break;
            case CommitmentMade f:
                WriteCommitment(w, f.Commitment);
                break;
            case StatementMade f:
                WriteStatement(w, f.Statement);
                break;
            case DeadlineSet f:
                WriteDeadline(w, f.Deadline);
                break;
            case DeadlineExtended f:
                Id(w, "deadline", f.Deadline.Value);
                Date(w, "newDue", f.NewDue);
                OptionalString(w, "by", f.By?.Value);
                Ids(w, "jointlyWith", f.JointlyWith, p => p.Value);
                if (!f.Branches.IsEmpty)
                {
                    Items(w, "branches", f.Branches, (w, b) =>
                    {
                        w.WriteStartObject();
                        Date(w, "due", b.Due);
                        Id(w, "condition", b.Condition.Value);
                        w.WriteEndObject();
                    });
                }

                if (f.EarlyEnd != EarlyEnd.None)
                {
                    w.WriteString("earlyEnd", EnumNames<EarlyEnd>.Name(f.EarlyEnd));
                }

                break;
            case DeadlineMet f:
                Id(w, "deadline", f.Deadline.Value);
                break;
            case DeadlineClosed f:
                Id(w, "deadline", f.Deadline.Value);
                w.WriteString("outcome", EnumNames<DeadlineOutcome>.Name(f.Outcome));
                OptionalString(w, "reason", f.Reason);
                break;
            case DevelopmentOccurred f:
                w.WriteStartObject("development");
                Id(w, "id", f.Development.Id.Value);
                w.WriteString("kind", EnumNames<DevelopmentKind>.Name(f.Development.Kind));
                w.WriteString("description", f.Development.Description);
                Ids(w, "actors", f.Development.Actors, p => p.Value);
                Ids(w, "targets", f.Development.Targets, p => p.Value);
                w.WriteEndObject();
                break;
            case AgreementAdopted f:
                WriteAgreement(w, f.Agreement);
                break;
            case AgreementDrafted f:
                WriteAgreement(w, f.Agreement);
                break;
            case AgreementStepTaken f:
                Id(w, "agreement", f.Agreement.Value);
                w.WriteString("step", EnumNames<AgreementStepKind>.Name(f.Step));
                OptionalString(w, "party", f.Party?.Value);
                if (f.Count != 1)
                {
                    w.WriteNumber("count", f.Count);
                }

                if (f.Tally is { } tally)
                {
                    w.WriteStartObject("tally");
                    w.WriteNumber("parties", tally.Parties);
                    if (tally.Share is { } share)
                    {
                        w.WriteNumber("share", share);
                    }

                    w.WriteEndObject();
                }

                if (f.Milestone is { } milestone)
                {
                    w.WriteString("milestone", EnumNames<MilestoneKind>.Name(milestone));
                }

                break;
            default:
                throw new NotSupportedException($"{fact.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source source)
    {
        w.WriteStartObject("source");
        w.WriteString("outlet", source.Outlet);
        Date(w, "reportedOn", source.ReportedOn);
        OptionalString(w, "speaker", source.Speaker);
        OptionalString(w, "channel", source.Channel);
        OptionalString(w, "reference", source.Reference);
        w.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter w, Party party)
    {
        w.WriteStartObject();
        w.WriteString("kind", EnumNames<PartyKind>.Name(party.Kind));
        Id(w, "id", party.Id.Value);
        w.WriteString("name", party.Name);
        switch (party)
        {
            case State s:
                w.WriteString("isoCode", s.IsoCode);
                break;
            case Organisation o:
                w.WriteString("organisationKind", EnumNames<OrganisationKind>.Name(o.OrganisationKind));
                OptionalString(w, "partOf", o.PartOf?.Value);
                if (!o.Memberships.IsEmpty)
                {
                    w.WriteStartArray("memberships");
                    foreach (var m in o.Memberships)
                    {
                        w.WriteStartObject();
                        Id(w, "member", m.Member.Value);
                        Date(w, "joined", m.Joined);
                        if (m.Left is { } left)
                        {
                            Date(w, "left", left);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                break;
            case PartyGroup g:
                Ids(w, "members", g.Members, p => p.Value, always: true);
                break;
            default:
                throw new NotSupportedException($"{party.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();
    }

    private static void WriteRepresentative(Utf8JsonWriter w, Representative r)
    {
        w.WriteStartObject("representative");
        Id(w, "id", r.Id.Value);
        w.WriteString("name", r.Name);
        w.WriteString("office", r.Office);
        Id(w, "party", r.Party.Value);
        Date(w, "from", r.Term.From);
        if (r.Term.Until is { } until)
        {
            Date(w, "until", until);
        }

        w.WriteEndObject();
    }

    private static void WriteDemand(Utf8JsonWriter w, Demand d)
    {
        w.WriteStartObject("demand");
        Id(w, "id", d.Id.Value);
        Id(w, "author", d.Author.Value);
        Ids(w, "addressees", d.Addressees, p => p.Value, always: true);
        w.WriteString("text", d.Text);
        w.WriteString("kind", EnumNames<DemandKind>.Name(d.Kind));
        Ids(w, "topics", d.Topics, t => t.Value);
        Ids(w, "concerns", d.Concerns, p => p.Value);
        OptionalString(w, "package", d.Package);
        WriteDemandSource(w, d.Source);
        Ids(w, "coAuthors", d.CoAuthors, p => p.Value);
        if (!d.AlsoCarriedBy.IsEmpty)
        {
            Items(w, "alsoCarriedBy", d.AlsoCarriedBy, WriteProvisionRef);
        }

        Ids(w, "conflictsWith", d.ConflictsWith, c => c.Value);
        Ids(w, "formalises", d.Formalises, f => f.Value);
        w.WriteEndObject();
    }

    private static void WriteProvisionRef(Utf8JsonWriter w, ProvisionRef p)
    {
        w.WriteStartObject();
        Id(w, "document", p.Document.Value);
        w.WriteNumber("revision", p.Revision);
        w.WriteString("article", p.Article);
        w.WriteEndObject();
    }

    private static void WriteDemandSource(Utf8JsonWriter w, DemandSource? source)
    {
        if (source is not { } s)
        {
            return;
        }

        w.WriteStartObject("madeIn");
        if (s.Provision is { } p)
        {
            Id(w, "document", p.Document.Value);
            w.WriteNumber("revision", p.Revision);
            w.WriteString("article", p.Article);
        }
        else if (s.Statement is { } statement)
        {
            Id(w, "statement", statement.Value);
        }

        w.WriteEndObject();
    }

    private static void WriteProposal(Utf8JsonWriter w, Proposal p)
    {
        w.WriteStartObject("proposal");
        Id(w, "id", p.Id.Value);
        Id(w, "author", p.Author.Value);
        Ids(w, "addressees", p.Addressees, a => a.Value, always: true);
        w.WriteString("text", p.Text);
        Ids(w, "topics", p.Topics, t => t.Value);
        Ids(w, "answers", p.Answers, Subject);
        OptionalString(w, "condition", p.Condition);
        OptionalTrue(w, "reciprocal", p.IsReciprocal);
        WriteDemandSource(w, p.Source);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject("document");
        Id(w, "id", d.Id.Value);
        w.WriteString("kind", EnumNames<DocumentKind>.Name(d.Kind));
        w.WriteString("title", d.Title);
        Ids(w, "authors", d.Authors, p => p.Value, always: true);
        Ids(w, "addressees", d.Addressees, p => p.Value, always: true);
        OptionalString(w, "repliesTo", d.RepliesTo?.Value);
        OptionalString(w, "partOf", d.PartOf?.Value);
        Ids(w, "interprets", d.Interprets, i => i.Value);
        w.WriteString("visibility", EnumNames<Visibility>.Name(d.Visibility));
        Ids(w, "sharedWith", d.SharedWith, p => p.Value);
        w.WriteEndObject();
    }

    private static void Provisions(Utf8JsonWriter w, EquatableArray<Provision> provisions)
    {
        if (provisions.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("provisions");
        foreach (var p in provisions)
        {
            w.WriteStartObject();
            w.WriteString("article", p.Article);
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRound(Utf8JsonWriter w, Round r)
    {
        w.WriteStartObject("round");
        Id(w, "id", r.Id.Value);
        w.WriteString("format", EnumNames<RoundFormat>.Name(r.Format));
        w.WriteStartArray("sides");
        foreach (var side in r.Sides)
        {
            w.WriteStartObject();
            Id(w, "party", side.Party.Value);
            if (side.Delegation is { } delegation)
            {
                w.WriteStartObject("delegation");
                OptionalString(w, "head", delegation.Head?.Value);
                Ids(w, "members", delegation.Members, m => m.Value);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("planned", DateNotation.Format(r.Planned));
        OptionalString(w, "title", r.Title);
        w.WriteString("channel", EnumNames<RoundChannel>.Name(r.Channel));
        OptionalString(w, "chair", r.Chair?.Value);
        w.WriteString("chairRole", EnumNames<ChairRole>.Name(r.ChairRole));
        if (r.Kind != RoundKind.Unspecified)
        {
            w.WriteString("kind", EnumNames<RoundKind>.Name(r.Kind));
        }

        OptionalString(w, "partOf", r.PartOf?.Value);
        OptionalString(w, "chairPerson", r.ChairPerson?.Value);
        if (!r.Roles.IsEmpty)
        {
            Items(w, "roles", r.Roles, (w, role) => WriteRole(w, role, null));
        }

        OptionalMoment(w, "plannedEnd", r.PlannedEnd);
        if (r.Venue is { } venue)
        {
            w.WriteStartObject("venue");
            w.WriteString("name", venue.Name);
            w.WriteString("zone", venue.ZoneId);
            w.WriteEndObject();
        }

        if (!r.Agenda.Topics.IsEmpty || !r.Agenda.Documents.IsEmpty || !r.Agenda.Demands.IsEmpty)
        {
            w.WriteStartObject("agenda");
            Ids(w, "topics", r.Agenda.Topics, t => t.Value);
            Ids(w, "documents", r.Agenda.Documents, d => d.Value);
            Ids(w, "demands", r.Agenda.Demands, d => d.Value);
            w.WriteEndObject();
        }

        if (r.Precondition is { } precondition)
        {
            w.WritePropertyName("precondition");
            WritePrecondition(w, precondition);
        }

        w.WriteEndObject();
    }

    public static void WritePrecondition(Utf8JsonWriter w, Precondition condition)
    {
        w.WriteStartObject();
        switch (condition)
        {
            case RoundHeldCondition c:
                w.WriteString("type", "round-held");
                Id(w, "round", c.Round.Value);
                break;
            case RoundConcludedCondition c:
                w.WriteString("type", "round-concluded");
                Id(w, "round", c.Round.Value);
                break;
            case DocumentPresentedCondition c:
                w.WriteString("type", "document-presented");
                Id(w, "document", c.Document.Value);
                break;
            case DemandAnsweredCondition c:
                w.WriteString("type", "demand-answered");
                Id(w, "demand", c.Demand.Value);
                OptionalString(w, "by", c.By?.Value);
                break;
            case PartyTakesPartCondition c:
                w.WriteString("type", "party-takes-part");
                Id(w, "party", c.Party.Value);
                break;
            case DevelopmentOccurredCondition c:
                w.WriteString("type", "development-occurred");
                w.WriteString("kind", EnumNames<DevelopmentKind>.Name(c.Kind));
                OptionalString(w, "against", c.Against?.Value);
                break;
            case NamedDevelopmentCondition c:
                w.WriteString("type", "named-development");
                Id(w, "development", c.Development.Value);
                break;
            case NotBeforeCondition c:
                w.WriteString("type", "not-before");
                Date(w, "date", c.Date);
                break;
            case NotAfterCondition c:
                w.WriteString("type", "not-after");
                Date(w, "date", c.Date);
                break;
            case AllOfCondition c:
                w.WriteString("type", "all-of");
                Parts(w, c.Parts);
                break;
            case AnyOfCondition c:
                w.WriteString("type", "any-of");
                Parts(w, c.Parts);
                break;
            case NotCondition c:
                w.WriteString("type", "not");
                w.WritePropertyName("part");
                WritePrecondition(w, c.Part);
                break;
            default:
                throw new NotSupportedException($"{condition.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();

        static void Parts(Utf8JsonWriter w, EquatableArray<Precondition> parts) => Items(w, "parts", parts, WritePrecondition);
    }

    private static void WriteOutcome(Utf8JsonWriter w, RoundOutcome o)
    {
        w.WriteStartObject("outcome");
        w.WriteString("summary", o.Summary);
        Ids(w, "statements", o.Statements, s => s.Value);
        Ids(w, "documentsHandedOver", o.DocumentsHandedOver, d => d.Value);
        OptionalString(w, "followUp", o.FollowUp);
        w.WriteEndObject();
    }

    private static void WriteCommitment(Utf8JsonWriter w, Commitment c)
    {
        w.WriteStartObject("commitment");
        Id(w, "id", c.Id.Value);
        Ids(w, "parties", c.Parties, p => p.Value, always: true);
        w.WriteString("text", c.Text);
        Id(w, "topic", c.Topic.Value);
        if (c.Rule is ParticipationRule participation)
        {
            Id(w, "requiredParticipant", participation.Party.Value);
        }
        else
        {
            w.WriteStartObject("rule");
            switch (c.Rule)
            {
                case RoundOrderRule o:
                    w.WriteString("type", "round-order");
                    Id(w, "first", o.First.Value);
                    Id(w, "then", o.Then.Value);
                    break;
                case ProhibitionRule p:
                    w.WriteString("type", "prohibition");
                    OptionalString(w, "with", p.With?.Value);
                    break;
                case LimitRule l:
                    w.WriteString("type", "limit");
                    w.WriteNumber("rounds", l.Rounds);
                    break;
                default:
                    w.WriteString("type", "text-only");
                    break;
            }

            w.WriteEndObject();
        }

        if (c.Scope != CommitmentScope.AllRounds)
        {
            w.WriteStartObject("scope");
            Ids(w, "formats", c.Scope.Formats, EnumNames<RoundFormat>.Name);
            Ids(w, "channels", c.Scope.Channels, EnumNames<RoundChannel>.Name);
            OptionalDate(w, "from", c.Scope.From);
            OptionalDate(w, "until", c.Scope.Until);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement s)
    {
        w.WriteStartObject("statement");
        Id(w, "id", s.Id.Value);
        Id(w, "party", s.Party.Value);
        w.WriteString("kind", EnumNames<StatementKind>.Name(s.Kind));
        w.WriteString("quote", s.Quote);
        OptionalString(w, "speaker", s.Speaker?.Value);
        w.WriteString("channel", EnumNames<StatementChannel>.Name(s.Channel));
        OptionalString(w, "outlet", s.Outlet);
        Ids(w, "addressees", s.Addressees, p => p.Value);
        Ids(w, "about", s.About, Subject);
        w.WriteString("extent", EnumNames<Extent>.Name(s.Extent));
        w.WriteString("visibility", EnumNames<Visibility>.Name(s.Visibility));
        Ids(w, "sharedWith", s.SharedWith, p => p.Value);
        OptionalString(w, "condition", s.Condition);
        if (!s.Stances.IsEmpty)
        {
            Items(w, "stances", s.Stances, (w, t) =>
            {
                w.WriteStartObject();
                w.WriteString("subject", Subject(t.Subject));
                w.WriteString("stance", EnumNames<Stance>.Name(t.Stance));
                w.WriteString("extent", EnumNames<Extent>.Name(t.Extent));
                OptionalString(w, "condition", t.Condition);
                w.WriteEndObject();
            });
        }

        w.WriteEndObject();
    }

    private static void WriteDeadline(Utf8JsonWriter w, Deadline d)
    {
        w.WriteStartObject("deadline");
        Id(w, "id", d.Id.Value);
        Id(w, "setBy", d.SetBy.Value);
        w.WriteString("what", d.What);
        Date(w, "due", d.Due);
        if (d.Subject is { } subject)
        {
            w.WriteString("subject", Subject(subject));
        }

        Ids(w, "jointlyWith", d.JointlyWith, p => p.Value);
        if (d.DueWithin is { } window)
        {
            w.WriteString("dueWithin", DateNotation.Format(window));
        }

        if (d.DueRule is { } rule)
        {
            w.WriteStartObject("dueRule");
            Id(w, "after", rule.After.Value);
            w.WriteString("length", PeriodPattern.Roundtrip.Format(rule.Length));
            w.WriteEndObject();
        }

        OptionalString(w, "zone", d.Zone);
        Ids(w, "extendableBy", d.ExtendableBy, p => p.Value);

        w.WriteEndObject();
    }

    private static void WriteAgreement(Utf8JsonWriter w, Agreement a)
    {
        w.WriteStartObject("agreement");
        Id(w, "id", a.Id.Value);
        Id(w, "text", a.Text.Value);
        Ids(w, "parties", a.Parties, p => p.Value, always: true);
        w.WritePropertyName("entryIntoForce");
        WriteRule(w, a.EntryIntoForce);
        if (a.WithdrawalNotice is { } notice)
        {
            w.WriteString("withdrawalNotice", PeriodPattern.Roundtrip.Format(notice));
        }

        if (a.WithdrawalNotBefore is { } notBefore)
        {
            w.WriteString("withdrawalNotBefore", PeriodPattern.Roundtrip.Format(notBefore));
        }

        if (a.ConsentDelay is { } consentDelay)
        {
            w.WriteString("consentDelay", PeriodPattern.Roundtrip.Format(consentDelay));
        }

        Items(w, "milestones", a.Milestones, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("kind", EnumNames<MilestoneKind>.Name(m.Kind));
            w.WritePropertyName("rule");
            WriteRule(w, m.Rule);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, MilestoneRule rule)
    {
        w.WriteStartObject();
        switch (rule)
        {
            case AfterStepRule r:
                w.WriteString("type", "after-step");
                w.WriteString("step", EnumNames<AgreementStepKind>.Name(r.Step));
                w.WriteString("delay", PeriodPattern.Roundtrip.Format(r.Delay));
                w.WriteNumber("count", r.Count);
                break;
            case OnDevelopmentRule r:
                w.WriteString("type", "on-development");
                w.WriteString("kind", EnumNames<DevelopmentKind>.Name(r.Kind));
                break;
            case EarlierOfRule r:
                w.WriteString("type", "earlier-of");
                Rules(w, r.Rules);
                break;
            case LaterOfRule r:
                w.WriteString("type", "later-of");
                Rules(w, r.Rules);
                break;
            case AfterMilestoneRule r:
                w.WriteString("type", "after-milestone");
                w.WriteString("milestone", EnumNames<MilestoneKind>.Name(r.Milestone));
                w.WriteString("delay", PeriodPattern.Roundtrip.Format(r.Delay));
                break;
            case AfterDeadlineRule r:
                w.WriteString("type", "after-deadline");
                Id(w, "deadline", r.Deadline.Value);
                w.WriteString("delay", PeriodPattern.Roundtrip.Format(r.Delay));
                break;
            case OnSpecificDevelopmentRule r:
                w.WriteString("type", "on-this-development");
                Id(w, "development", r.Development.Value);
                break;
            case OnDateRule r:
                w.WriteString("type", "on-date");
                Date(w, "day", r.Day);
                break;
            case UnlessRule r:
                w.WriteString("type", "unless");
                w.WritePropertyName("rule");
                WriteRule(w, r.Rule);
                Id(w, "development", r.Development.Value);
                break;
            case ByConsentRule r:
                w.WriteString("type", "or-earlier-by-mutual-consent");
                w.WritePropertyName("rule");
                WriteRule(w, r.Rule);
                break;
            case ThresholdRule r:
                w.WriteString("type", "threshold");
                w.WriteString("delay", PeriodPattern.Roundtrip.Format(r.Delay));
                if (r.Parties > 0)
                {
                    w.WriteNumber("parties", r.Parties);
                }

                if (r.Share is { } share)
                {
                    w.WriteNumber("share", share);
                }

                OptionalTrue(w, "moreThanHalfOfSignatories", r.MoreThanHalfOfSignatories);
                break;
            default:
                throw new NotSupportedException($"{rule.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();

        static void Rules(Utf8JsonWriter w, EquatableArray<MilestoneRule> rules) => Items(w, "rules", rules, WriteRule);
    }

    private static void Items<T>(Utf8JsonWriter w, string name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteRole(Utf8JsonWriter w, RoundRole role, string? name = "role")
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("kind", EnumNames<RoleKind>.Name(role.Kind));
        OptionalString(w, "party", role.Party?.Value);
        OptionalString(w, "person", role.Person?.Value);
        OptionalString(w, "for", role.For?.Value);
        w.WriteEndObject();
    }

    public static string Subject(SubjectRef subject) => EnumNames<SubjectKind>.Name(subject.Kind) + ":" + subject.Id;

    private static void Id(Utf8JsonWriter w, string name, string value) => w.WriteString(name, value);

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalTrue(Utf8JsonWriter w, string name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    private static void OptionalMoment(Utf8JsonWriter w, string name, Moment? value)
    {
        if (value is { } moment)
        {
            w.WriteString(name, DateNotation.Format(moment));
        }
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate date) => w.WriteString(name, DateNotation.Format(date));

    private static void OptionalDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } day)
        {
            Date(w, name, day);
        }
    }

    private static void Ids<T>(Utf8JsonWriter w, string name, EquatableArray<T> items, Func<T, string> text, bool always = false)
    {
        if (items.IsEmpty && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(text(item));
        }

        w.WriteEndArray();
    }
}
