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
        w.WriteString("format"u8, CaseFile.FormatName);
        w.WriteNumber("version"u8, CaseFile.FormatVersion);
        w.WriteString("id"u8, negotiation.Id.Value);
        w.WriteString("title"u8, negotiation.Title);
        w.WriteStartArray("facts"u8);
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
        w.WriteString("type"u8, FactTypes.NameOf(fact));
        Moment(w, "occurred"u8, fact.Occurred);
        Instant(w, "recorded"u8, fact.Recorded);
        WriteSource(w, fact.Source);
        if (!fact.Reports.IsEmpty)
        {
            Items(w, "reports"u8, fact.Reports, (w, r) =>
            {
                w.WriteStartObject();
                WriteSource(w, r.Source);
                Moment(w, "claimed"u8, r.Claimed);
                w.WriteEndObject();
            });
        }

        switch (fact)
        {
            case PartyRegistered f:
                w.WritePropertyName("party"u8);
                WriteParty(w, f.Party);
                break;
            case MembershipBegan f:
                Id(w, "organisation"u8, f.Organisation.Value);
                Id(w, "member"u8, f.Member.Value);
                Date(w, "joined"u8, f.Joined);
                break;
            case MembershipEnded f:
                Id(w, "organisation"u8, f.Organisation.Value);
                Id(w, "member"u8, f.Member.Value);
                Date(w, "left"u8, f.Left);
                break;
            case RepresentativeAppointed f:
                WriteRepresentative(w, f.Representative);
                break;
            case RepresentativeLeftOffice f:
                Id(w, "representative"u8, f.Representative.Value);
                Date(w, "lastDay"u8, f.LastDay);
                break;
            case TopicDefined f:
                w.WriteStartObject("topic"u8);
                Id(w, "id"u8, f.Topic.Id.Value);
                w.WriteString("name"u8, f.Topic.Name);
                OptionalString(w, "broader"u8, f.Topic.Broader?.Value);
                w.WriteEndObject();
                break;
            case DemandTabled f:
                WriteDemand(w, f.Demand);
                break;
            case DemandWithdrawn f:
                Id(w, "demand"u8, f.Demand.Value);
                break;
            case RoleTaken f:
                WriteRole(w, f.Role);
                break;
            case RoleLeft f:
                WriteRole(w, f.Role);
                break;
            case ConditionMet f:
                Id(w, "statement"u8, f.Statement.Value);
                w.WriteString("subject"u8, Subject(f.Subject));
                OptionalString(w, "how"u8, f.How);
                break;
            case DemandSettled f:
                Id(w, "demand"u8, f.Demand.Value);
                w.WriteString("outcome"u8, EnumNames<DemandOutcome>.Name(f.Outcome));
                if (f.By is { } settledBy)
                {
                    w.WritePropertyName("by"u8);
                    WriteProvisionRef(w, settledBy);
                }

                OptionalString(w, "summary"u8, f.Summary);
                break;
            case DemandReplaced f:
                Id(w, "demand"u8, f.Demand.Value);
                Id(w, "by"u8, f.By.Value);
                OptionalTrue(w, "hardened"u8, f.Hardened);
                break;
            case ProposalMade f:
                WriteProposal(w, f.Proposal);
                break;
            case DocumentPresented f:
                WriteDocument(w, f.Document);
                Provisions(w, f.Provisions);
                if (f.Handover is { } handover)
                {
                    w.WriteStartObject("handover"u8);
                    OptionalString(w, "by"u8, handover.By?.Value);
                    OptionalString(w, "to"u8, handover.To?.Value);
                    OptionalString(w, "round"u8, handover.Round?.Value);
                    w.WriteEndObject();
                }

                break;
            case DocumentRevised f:
                Id(w, "document"u8, f.Document.Value);
                Id(w, "by"u8, f.By.Value);
                Provisions(w, f.Provisions);
                break;
            case DocumentDisclosed f:
                Id(w, "document"u8, f.Document.Value);
                w.WriteString("how"u8, EnumNames<Disclosure>.Name(f.How));
                OptionalString(w, "leakedBy"u8, f.LeakedBy?.Value);
                break;
            case RoundPlanned f:
                WriteRound(w, f.Round);
                w.WriteBoolean("agreed"u8, f.Agreed);
                break;
            case RoundAgreed f:
                Id(w, "round"u8, f.Round.Value);
                break;
            case RoundRescheduled f:
                Id(w, "round"u8, f.Round.Value);
                Moment(w, "planned"u8, f.Planned);
                OptionalMoment(w, "plannedEnd"u8, f.PlannedEnd);
                break;
            case RoundHeld f:
                Id(w, "round"u8, f.Round.Value);
                OptionalMoment(w, "ended"u8, f.Ended);
                if (!f.Attendance.IsEmpty)
                {
                    Items(w, "attendance"u8, f.Attendance, (w, a) =>
                    {
                        w.WriteStartObject();
                        Id(w, "person"u8, a.Person.Value);
                        OptionalMoment(w, "joined"u8, a.Joined);
                        w.WriteEndObject();
                    });
                }

                break;
            case RoundConcluded f:
                Id(w, "round"u8, f.Round.Value);
                WriteOutcome(w, f.Outcome);
                break;
            case RoundPostponed f:
                Id(w, "round"u8, f.Round.Value);
                w.WriteString("reason"u8, f.Reason);
                OptionalMoment(w, "newPlanned"u8, f.NewPlanned);
                OptionalMoment(w, "newPlannedEnd"u8, f.NewPlannedEnd);
                break;
            case RoundPreconditionsChanged f:
                Id(w, "round"u8, f.Round.Value);
                if (f.Precondition is { } changedTo)
                {
                    w.WritePropertyName("precondition"u8);
                    WritePrecondition(w, changedTo);
                }

                OptionalString(w, "reason"u8, f.Reason);
                break;
            case RoundCancelled f:
                Id(w, "round"u8, f.Round.Value);
                w.WriteString("reason"u8, f.Reason);
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
                Id(w, "deadline"u8, f.Deadline.Value);
                Date(w, "newDue"u8, f.NewDue);
                OptionalString(w, "by"u8, f.By?.Value);
                Ids(w, "jointlyWith"u8, f.JointlyWith, p => p.Value);
                if (!f.Branches.IsEmpty)
                {
                    Items(w, "branches"u8, f.Branches, (w, b) =>
                    {
                        w.WriteStartObject();
                        Date(w, "due"u8, b.Due);
                        Id(w, "condition"u8, b.Condition.Value);
                        w.WriteEndObject();
                    });
                }

                if (f.EarlyEnd != EarlyEnd.None)
                {
                    w.WriteString("earlyEnd"u8, EnumNames<EarlyEnd>.Name(f.EarlyEnd));
                }

                break;
            case DeadlineMet f:
                Id(w, "deadline"u8, f.Deadline.Value);
                break;
            case DeadlineClosed f:
                Id(w, "deadline"u8, f.Deadline.Value);
                w.WriteString("outcome"u8, EnumNames<DeadlineOutcome>.Name(f.Outcome));
                OptionalString(w, "reason"u8, f.Reason);
                break;
            case DevelopmentOccurred f:
                w.WriteStartObject("development"u8);
                Id(w, "id"u8, f.Development.Id.Value);
                w.WriteString("kind"u8, EnumNames<DevelopmentKind>.Name(f.Development.Kind));
                w.WriteString("description"u8, f.Development.Description);
                Ids(w, "actors"u8, f.Development.Actors, p => p.Value);
                Ids(w, "targets"u8, f.Development.Targets, p => p.Value);
                w.WriteEndObject();
                break;
            case AgreementAdopted f:
                WriteAgreement(w, f.Agreement);
                break;
            case AgreementDrafted f:
                WriteAgreement(w, f.Agreement);
                break;
            case AgreementStepTaken f:
                Id(w, "agreement"u8, f.Agreement.Value);
                w.WriteString("step"u8, EnumNames<AgreementStepKind>.Name(f.Step));
                OptionalString(w, "party"u8, f.Party?.Value);
                if (f.Count != 1)
                {
                    w.WriteNumber("count"u8, f.Count);
                }

                if (f.Tally is { } tally)
                {
                    w.WriteStartObject("tally"u8);
                    w.WriteNumber("parties"u8, tally.Parties);
                    if (tally.Share is { } share)
                    {
                        w.WriteNumber("share"u8, share);
                    }

                    w.WriteEndObject();
                }

                if (f.Milestone is { } milestone)
                {
                    w.WriteString("milestone"u8, EnumNames<MilestoneKind>.Name(milestone));
                }

                break;
            default:
                throw new NotSupportedException($"{fact.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source source)
    {
        w.WriteStartObject("source"u8);
        w.WriteString("outlet"u8, source.Outlet);
        Date(w, "reportedOn"u8, source.ReportedOn);
        OptionalString(w, "speaker"u8, source.Speaker);
        OptionalString(w, "channel"u8, source.Channel);
        OptionalString(w, "reference"u8, source.Reference);
        w.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter w, Party party)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, EnumNames<PartyKind>.Name(party.Kind));
        Id(w, "id"u8, party.Id.Value);
        w.WriteString("name"u8, party.Name);
        switch (party)
        {
            case State s:
                w.WriteString("isoCode"u8, s.IsoCode);
                break;
            case Organisation o:
                w.WriteString("organisationKind"u8, EnumNames<OrganisationKind>.Name(o.OrganisationKind));
                OptionalString(w, "partOf"u8, o.PartOf?.Value);
                if (!o.Memberships.IsEmpty)
                {
                    w.WriteStartArray("memberships"u8);
                    foreach (var m in o.Memberships)
                    {
                        w.WriteStartObject();
                        Id(w, "member"u8, m.Member.Value);
                        Date(w, "joined"u8, m.Joined);
                        if (m.Left is { } left)
                        {
                            Date(w, "left"u8, left);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                break;
            case PartyGroup g:
                Ids(w, "members"u8, g.Members, p => p.Value, always: true);
                break;
            default:
                throw new NotSupportedException($"{party.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();
    }

    private static void WriteRepresentative(Utf8JsonWriter w, Representative r)
    {
        w.WriteStartObject("representative"u8);
        Id(w, "id"u8, r.Id.Value);
        w.WriteString("name"u8, r.Name);
        w.WriteString("office"u8, r.Office);
        Id(w, "party"u8, r.Party.Value);
        Date(w, "from"u8, r.Term.From);
        if (r.Term.Until is { } until)
        {
            Date(w, "until"u8, until);
        }

        w.WriteEndObject();
    }

    private static void WriteDemand(Utf8JsonWriter w, Demand d)
    {
        w.WriteStartObject("demand"u8);
        Id(w, "id"u8, d.Id.Value);
        Id(w, "author"u8, d.Author.Value);
        Ids(w, "addressees"u8, d.Addressees, p => p.Value, always: true);
        w.WriteString("text"u8, d.Text);
        w.WriteString("kind"u8, EnumNames<DemandKind>.Name(d.Kind));
        Ids(w, "topics"u8, d.Topics, t => t.Value);
        Ids(w, "concerns"u8, d.Concerns, p => p.Value);
        OptionalString(w, "package"u8, d.Package);
        WriteDemandSource(w, d.Source);
        Ids(w, "coAuthors"u8, d.CoAuthors, p => p.Value);
        if (!d.AlsoCarriedBy.IsEmpty)
        {
            Items(w, "alsoCarriedBy"u8, d.AlsoCarriedBy, WriteProvisionRef);
        }

        Ids(w, "conflictsWith"u8, d.ConflictsWith, c => c.Value);
        Ids(w, "formalises"u8, d.Formalises, f => f.Value);
        w.WriteEndObject();
    }

    private static void WriteProvisionRef(Utf8JsonWriter w, ProvisionRef p)
    {
        w.WriteStartObject();
        Id(w, "document"u8, p.Document.Value);
        w.WriteNumber("revision"u8, p.Revision);
        w.WriteString("article"u8, p.Article);
        w.WriteEndObject();
    }

    private static void WriteDemandSource(Utf8JsonWriter w, DemandSource? source)
    {
        if (source is not { } s)
        {
            return;
        }

        w.WriteStartObject("madeIn"u8);
        if (s.Provision is { } p)
        {
            Id(w, "document"u8, p.Document.Value);
            w.WriteNumber("revision"u8, p.Revision);
            w.WriteString("article"u8, p.Article);
        }
        else if (s.Statement is { } statement)
        {
            Id(w, "statement"u8, statement.Value);
        }

        w.WriteEndObject();
    }

    private static void WriteProposal(Utf8JsonWriter w, Proposal p)
    {
        w.WriteStartObject("proposal"u8);
        Id(w, "id"u8, p.Id.Value);
        Id(w, "author"u8, p.Author.Value);
        Ids(w, "addressees"u8, p.Addressees, a => a.Value, always: true);
        w.WriteString("text"u8, p.Text);
        Ids(w, "topics"u8, p.Topics, t => t.Value);
        Ids(w, "answers"u8, p.Answers, Subject);
        OptionalString(w, "condition"u8, p.Condition);
        OptionalTrue(w, "reciprocal"u8, p.IsReciprocal);
        WriteDemandSource(w, p.Source);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject("document"u8);
        Id(w, "id"u8, d.Id.Value);
        w.WriteString("kind"u8, EnumNames<DocumentKind>.Name(d.Kind));
        w.WriteString("title"u8, d.Title);
        Ids(w, "authors"u8, d.Authors, p => p.Value, always: true);
        Ids(w, "addressees"u8, d.Addressees, p => p.Value, always: true);
        OptionalString(w, "repliesTo"u8, d.RepliesTo?.Value);
        OptionalString(w, "partOf"u8, d.PartOf?.Value);
        Ids(w, "interprets"u8, d.Interprets, i => i.Value);
        w.WriteString("visibility"u8, EnumNames<Visibility>.Name(d.Visibility));
        Ids(w, "sharedWith"u8, d.SharedWith, p => p.Value);
        w.WriteEndObject();
    }

    private static void Provisions(Utf8JsonWriter w, EquatableArray<Provision> provisions)
    {
        if (provisions.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("provisions"u8);
        foreach (var p in provisions)
        {
            w.WriteStartObject();
            w.WriteString("article"u8, p.Article);
            w.WriteString("text"u8, p.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRound(Utf8JsonWriter w, Round r)
    {
        w.WriteStartObject("round"u8);
        Id(w, "id"u8, r.Id.Value);
        w.WriteString("format"u8, EnumNames<RoundFormat>.Name(r.Format));
        w.WriteStartArray("sides"u8);
        foreach (var side in r.Sides)
        {
            w.WriteStartObject();
            Id(w, "party"u8, side.Party.Value);
            if (side.Delegation is { } delegation)
            {
                w.WriteStartObject("delegation"u8);
                OptionalString(w, "head"u8, delegation.Head?.Value);
                Ids(w, "members"u8, delegation.Members, m => m.Value);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        Moment(w, "planned"u8, r.Planned);
        OptionalString(w, "title"u8, r.Title);
        w.WriteString("channel"u8, EnumNames<RoundChannel>.Name(r.Channel));
        OptionalString(w, "chair"u8, r.Chair?.Value);
        w.WriteString("chairRole"u8, EnumNames<ChairRole>.Name(r.ChairRole));
        if (r.Kind != RoundKind.Unspecified)
        {
            w.WriteString("kind"u8, EnumNames<RoundKind>.Name(r.Kind));
        }

        OptionalString(w, "partOf"u8, r.PartOf?.Value);
        OptionalString(w, "chairPerson"u8, r.ChairPerson?.Value);
        if (!r.Roles.IsEmpty)
        {
            Items(w, "roles"u8, r.Roles, WriteRoleItem);
        }

        OptionalMoment(w, "plannedEnd"u8, r.PlannedEnd);
        if (r.Venue is { } venue)
        {
            w.WriteStartObject("venue"u8);
            w.WriteString("name"u8, venue.Name);
            w.WriteString("zone"u8, venue.ZoneId);
            w.WriteEndObject();
        }

        if (!r.Agenda.Topics.IsEmpty || !r.Agenda.Documents.IsEmpty || !r.Agenda.Demands.IsEmpty)
        {
            w.WriteStartObject("agenda"u8);
            Ids(w, "topics"u8, r.Agenda.Topics, t => t.Value);
            Ids(w, "documents"u8, r.Agenda.Documents, d => d.Value);
            Ids(w, "demands"u8, r.Agenda.Demands, d => d.Value);
            w.WriteEndObject();
        }

        if (r.Precondition is { } precondition)
        {
            w.WritePropertyName("precondition"u8);
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
                w.WriteString("type"u8, "round-held");
                Id(w, "round"u8, c.Round.Value);
                break;
            case RoundConcludedCondition c:
                w.WriteString("type"u8, "round-concluded");
                Id(w, "round"u8, c.Round.Value);
                break;
            case DocumentPresentedCondition c:
                w.WriteString("type"u8, "document-presented");
                Id(w, "document"u8, c.Document.Value);
                break;
            case DemandAnsweredCondition c:
                w.WriteString("type"u8, "demand-answered");
                Id(w, "demand"u8, c.Demand.Value);
                OptionalString(w, "by"u8, c.By?.Value);
                break;
            case PartyTakesPartCondition c:
                w.WriteString("type"u8, "party-takes-part");
                Id(w, "party"u8, c.Party.Value);
                break;
            case DevelopmentOccurredCondition c:
                w.WriteString("type"u8, "development-occurred");
                w.WriteString("kind"u8, EnumNames<DevelopmentKind>.Name(c.Kind));
                OptionalString(w, "against"u8, c.Against?.Value);
                break;
            case NamedDevelopmentCondition c:
                w.WriteString("type"u8, "named-development");
                Id(w, "development"u8, c.Development.Value);
                break;
            case NotBeforeCondition c:
                w.WriteString("type"u8, "not-before");
                Date(w, "date"u8, c.Date);
                break;
            case NotAfterCondition c:
                w.WriteString("type"u8, "not-after");
                Date(w, "date"u8, c.Date);
                break;
            case AllOfCondition c:
                w.WriteString("type"u8, "all-of");
                Parts(w, c.Parts);
                break;
            case AnyOfCondition c:
                w.WriteString("type"u8, "any-of");
                Parts(w, c.Parts);
                break;
            case NotCondition c:
                w.WriteString("type"u8, "not");
                w.WritePropertyName("part"u8);
                WritePrecondition(w, c.Part);
                break;
            default:
                throw new NotSupportedException($"{condition.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();

        static void Parts(Utf8JsonWriter w, EquatableArray<Precondition> parts) => Items(w, "parts"u8, parts, WritePrecondition);
    }

    private static void WriteOutcome(Utf8JsonWriter w, RoundOutcome o)
    {
        w.WriteStartObject("outcome"u8);
        w.WriteString("summary"u8, o.Summary);
        Ids(w, "statements"u8, o.Statements, s => s.Value);
        Ids(w, "documentsHandedOver"u8, o.DocumentsHandedOver, d => d.Value);
        OptionalString(w, "followUp"u8, o.FollowUp);
        w.WriteEndObject();
    }

    private static void WriteCommitment(Utf8JsonWriter w, Commitment c)
    {
        w.WriteStartObject("commitment"u8);
        Id(w, "id"u8, c.Id.Value);
        Ids(w, "parties"u8, c.Parties, p => p.Value, always: true);
        w.WriteString("text"u8, c.Text);
        Id(w, "topic"u8, c.Topic.Value);
        if (c.Rule is ParticipationRule participation)
        {
            Id(w, "requiredParticipant"u8, participation.Party.Value);
        }
        else
        {
            w.WriteStartObject("rule"u8);
            switch (c.Rule)
            {
                case RoundOrderRule o:
                    w.WriteString("type"u8, "round-order");
                    Id(w, "first"u8, o.First.Value);
                    Id(w, "then"u8, o.Then.Value);
                    break;
                case ProhibitionRule p:
                    w.WriteString("type"u8, "prohibition");
                    OptionalString(w, "with"u8, p.With?.Value);
                    break;
                case LimitRule l:
                    w.WriteString("type"u8, "limit");
                    w.WriteNumber("rounds"u8, l.Rounds);
                    break;
                default:
                    w.WriteString("type"u8, "text-only");
                    break;
            }

            w.WriteEndObject();
        }

        if (c.Scope != CommitmentScope.AllRounds)
        {
            w.WriteStartObject("scope"u8);
            Ids(w, "formats"u8, c.Scope.Formats, EnumNames<RoundFormat>.Name);
            Ids(w, "channels"u8, c.Scope.Channels, EnumNames<RoundChannel>.Name);
            OptionalDate(w, "from"u8, c.Scope.From);
            OptionalDate(w, "until"u8, c.Scope.Until);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement s)
    {
        w.WriteStartObject("statement"u8);
        Id(w, "id"u8, s.Id.Value);
        Id(w, "party"u8, s.Party.Value);
        w.WriteString("kind"u8, EnumNames<StatementKind>.Name(s.Kind));
        w.WriteString("quote"u8, s.Quote);
        OptionalString(w, "speaker"u8, s.Speaker?.Value);
        w.WriteString("channel"u8, EnumNames<StatementChannel>.Name(s.Channel));
        OptionalString(w, "outlet"u8, s.Outlet);
        Ids(w, "addressees"u8, s.Addressees, p => p.Value);
        Ids(w, "about"u8, s.About, Subject);
        w.WriteString("extent"u8, EnumNames<Extent>.Name(s.Extent));
        w.WriteString("visibility"u8, EnumNames<Visibility>.Name(s.Visibility));
        Ids(w, "sharedWith"u8, s.SharedWith, p => p.Value);
        OptionalString(w, "condition"u8, s.Condition);
        if (!s.Stances.IsEmpty)
        {
            Items(w, "stances"u8, s.Stances, (w, t) =>
            {
                w.WriteStartObject();
                w.WriteString("subject"u8, Subject(t.Subject));
                w.WriteString("stance"u8, EnumNames<Stance>.Name(t.Stance));
                w.WriteString("extent"u8, EnumNames<Extent>.Name(t.Extent));
                OptionalString(w, "condition"u8, t.Condition);
                w.WriteEndObject();
            });
        }

        w.WriteEndObject();
    }

    private static void WriteDeadline(Utf8JsonWriter w, Deadline d)
    {
        w.WriteStartObject("deadline"u8);
        Id(w, "id"u8, d.Id.Value);
        Id(w, "setBy"u8, d.SetBy.Value);
        w.WriteString("what"u8, d.What);
        Date(w, "due"u8, d.Due);
        if (d.Subject is { } subject)
        {
            w.WriteString("subject"u8, Subject(subject));
        }

        Ids(w, "jointlyWith"u8, d.JointlyWith, p => p.Value);
        if (d.DueWithin is { } window)
        {
            w.WriteString("dueWithin"u8, DateNotation.Format(window));
        }

        if (d.DueRule is { } rule)
        {
            w.WriteStartObject("dueRule"u8);
            Id(w, "after"u8, rule.After.Value);
            w.WriteString("length"u8, PeriodPattern.Roundtrip.Format(rule.Length));
            w.WriteEndObject();
        }

        OptionalString(w, "zone"u8, d.Zone);
        Ids(w, "extendableBy"u8, d.ExtendableBy, p => p.Value);

        w.WriteEndObject();
    }

    private static void WriteAgreement(Utf8JsonWriter w, Agreement a)
    {
        w.WriteStartObject("agreement"u8);
        Id(w, "id"u8, a.Id.Value);
        Id(w, "text"u8, a.Text.Value);
        Ids(w, "parties"u8, a.Parties, p => p.Value, always: true);
        w.WritePropertyName("entryIntoForce"u8);
        WriteRule(w, a.EntryIntoForce);
        if (a.WithdrawalNotice is { } notice)
        {
            w.WriteString("withdrawalNotice"u8, PeriodPattern.Roundtrip.Format(notice));
        }

        if (a.WithdrawalNotBefore is { } notBefore)
        {
            w.WriteString("withdrawalNotBefore"u8, PeriodPattern.Roundtrip.Format(notBefore));
        }

        if (a.ConsentDelay is { } consentDelay)
        {
            w.WriteString("consentDelay"u8, PeriodPattern.Roundtrip.Format(consentDelay));
        }

        Items(w, "milestones"u8, a.Milestones, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, EnumNames<MilestoneKind>.Name(m.Kind));
            w.WritePropertyName("rule"u8);
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
                w.WriteString("type"u8, "after-step");
                w.WriteString("step"u8, EnumNames<AgreementStepKind>.Name(r.Step));
                w.WriteString("delay"u8, PeriodPattern.Roundtrip.Format(r.Delay));
                w.WriteNumber("count"u8, r.Count);
                break;
            case OnDevelopmentRule r:
                w.WriteString("type"u8, "on-development");
                w.WriteString("kind"u8, EnumNames<DevelopmentKind>.Name(r.Kind));
                break;
            case EarlierOfRule r:
                w.WriteString("type"u8, "earlier-of");
                Rules(w, r.Rules);
                break;
            case LaterOfRule r:
                w.WriteString("type"u8, "later-of");
                Rules(w, r.Rules);
                break;
            case AfterMilestoneRule r:
                w.WriteString("type"u8, "after-milestone");
                w.WriteString("milestone"u8, EnumNames<MilestoneKind>.Name(r.Milestone));
                w.WriteString("delay"u8, PeriodPattern.Roundtrip.Format(r.Delay));
                break;
            case AfterDeadlineRule r:
                w.WriteString("type"u8, "after-deadline");
                Id(w, "deadline"u8, r.Deadline.Value);
                w.WriteString("delay"u8, PeriodPattern.Roundtrip.Format(r.Delay));
                break;
            case OnSpecificDevelopmentRule r:
                w.WriteString("type"u8, "on-this-development");
                Id(w, "development"u8, r.Development.Value);
                break;
            case OnDateRule r:
                w.WriteString("type"u8, "on-date");
                Date(w, "day"u8, r.Day);
                break;
            case UnlessRule r:
                w.WriteString("type"u8, "unless");
                w.WritePropertyName("rule"u8);
                WriteRule(w, r.Rule);
                Id(w, "development"u8, r.Development.Value);
                break;
            case ByConsentRule r:
                w.WriteString("type"u8, "or-earlier-by-mutual-consent");
                w.WritePropertyName("rule"u8);
                WriteRule(w, r.Rule);
                break;
            case ThresholdRule r:
                w.WriteString("type"u8, "threshold");
                w.WriteString("delay"u8, PeriodPattern.Roundtrip.Format(r.Delay));
                if (r.Parties > 0)
                {
                    w.WriteNumber("parties"u8, r.Parties);
                }

                if (r.Share is { } share)
                {
                    w.WriteNumber("share"u8, share);
                }

                OptionalTrue(w, "moreThanHalfOfSignatories"u8, r.MoreThanHalfOfSignatories);
                break;
            default:
                throw new NotSupportedException($"{rule.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
        }

        w.WriteEndObject();

        static void Rules(Utf8JsonWriter w, EquatableArray<MilestoneRule> rules) => Items(w, "rules"u8, rules, WriteRule);
    }

    private static void Items<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteRole(Utf8JsonWriter w, RoundRole role)
    {
        w.WriteStartObject("role"u8);
        WriteRoleFields(w, role);
    }

    private static void WriteRoleItem(Utf8JsonWriter w, RoundRole role)
    {
        w.WriteStartObject();
        WriteRoleFields(w, role);
    }

    private static void WriteRoleFields(Utf8JsonWriter w, RoundRole role)
    {
        w.WriteString("kind"u8, EnumNames<RoleKind>.Name(role.Kind));
        OptionalString(w, "party"u8, role.Party?.Value);
        OptionalString(w, "person"u8, role.Person?.Value);
        OptionalString(w, "for"u8, role.For?.Value);
        w.WriteEndObject();
    }

    public static string Subject(SubjectRef subject) => EnumNames<SubjectKind>.Name(subject.Kind) + ":" + subject.Id;

    private static void Id(Utf8JsonWriter w, ReadOnlySpan<byte> name, string value) => w.WriteString(name, value);

    private static void OptionalString(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalTrue(Utf8JsonWriter w, ReadOnlySpan<byte> name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    private static void OptionalMoment(Utf8JsonWriter w, ReadOnlySpan<byte> name, Moment? value)
    {
        if (value is { } moment)
        {
            Moment(w, name, moment);
        }
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[10];
        if (TryDay(date, text))
        {
            w.WriteString(name, text);
        }
        else
        {
            w.WriteString(name, DateNotation.Format(date));
        }
    }

    // The common forms of a date in a file (a day; a UTC time in whole seconds) are written straight to UTF-8: saving
    // a large case formatted two strings per fact through NodaTime's patterns. The text is the same as
    // DateNotation.Format's (tests: the samples and the round trips); other forms still go through it.
    private static void Moment(Utf8JsonWriter w, ReadOnlySpan<byte> name, Moment moment)
    {
        switch (moment.Kind)
        {
            case MomentKind.Exact:
                Instant(w, name, moment.Instant!.Value);
                break;
            case MomentKind.Approximate when moment.Window.Precision == DatePrecision.Day:
                Date(w, name, moment.Window.Start);
                break;
            default:
                w.WriteString(name, DateNotation.Format(moment));
                break;
        }
    }

    private static void Instant(Utf8JsonWriter w, ReadOnlySpan<byte> name, Instant instant)
    {
        var utc = instant.InUtc();
        Span<byte> text = stackalloc byte[20];
        if (utc.NanosecondOfSecond == 0 && TryDay(utc.Date, text))
        {
            text[10] = (byte)'T';
            TwoDigits(text[11..], utc.Hour);
            text[13] = (byte)':';
            TwoDigits(text[14..], utc.Minute);
            text[16] = (byte)':';
            TwoDigits(text[17..], utc.Second);
            text[19] = (byte)'Z';
            w.WriteString(name, text);
        }
        else
        {
            w.WriteString(name, DateNotation.Format(instant));
        }
    }

    /// <summary>Writes an ISO date of years 1 to 9999 as <c>yyyy-MM-dd</c> into the first 10 bytes.</summary>
    private static bool TryDay(LocalDate date, Span<byte> text)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year is < 1 or > 9999)
        {
            return false;
        }

        TwoDigits(text, date.Year / 100);
        TwoDigits(text[2..], date.Year % 100);
        text[4] = (byte)'-';
        TwoDigits(text[5..], date.Month);
        text[7] = (byte)'-';
        TwoDigits(text[8..], date.Day);
        return true;
    }

    private static void TwoDigits(Span<byte> text, int value)
    {
        text[0] = (byte)('0' + (value / 10));
        text[1] = (byte)('0' + (value % 10));
    }

    private static void OptionalDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate? date)
    {
        if (date is { } day)
        {
            Date(w, name, day);
        }
    }

    private static void Ids<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<T> items, Func<T, string> text, bool always = false)
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
