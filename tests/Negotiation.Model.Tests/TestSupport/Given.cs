using NodaTime;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>
/// Builds facts stamped by <see cref="Stamp"/>: each test names only what it is about and when it happened.
/// </summary>
internal static class Given
{
    public static PartyRegistered PartyRegistered(Party party, Moment? on = null)
    {
        var when = on ?? TestWorld.WorldDay;
        return new() { Party = party, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static MembershipBegan MembershipBegan(PartyId organisation, PartyId member, LocalDate joined) =>
        new() { Organisation = organisation, Member = member, Joined = joined, Occurred = joined, Recorded = Stamp.RecordedFor(joined), Source = Stamp.SourceFor(joined) };

    public static MembershipEnded MembershipEnded(PartyId organisation, PartyId member, LocalDate left) =>
        new() { Organisation = organisation, Member = member, Left = left, Occurred = left, Recorded = Stamp.RecordedFor(left), Source = Stamp.SourceFor(left) };

    public static RepresentativeAppointed RepresentativeAppointed(Representative representative, Moment? on = null)
    {
        var when = on ?? TestWorld.WorldDay;
        return new() { Representative = representative, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static RepresentativeLeftOffice RepresentativeLeftOffice(RepresentativeId representative, LocalDate lastDay) =>
        new() { Representative = representative, LastDay = lastDay, Occurred = lastDay, Recorded = Stamp.RecordedFor(lastDay), Source = Stamp.SourceFor(lastDay) };

    public static TopicDefined TopicDefined(Topic topic, Moment? on = null)
    {
        var when = on ?? TestWorld.WorldDay;
        return new() { Topic = topic, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static DemandTabled DemandTabled(Demand demand, Moment? on = null)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Demand = demand, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static DemandWithdrawn DemandWithdrawn(DemandId demand, Moment on) =>
        new() { Demand = demand, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DemandReplaced DemandReplaced(DemandId demand, DemandId by, Moment on, bool hardened = false) =>
        new() { Demand = demand, By = by, Hardened = hardened, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DemandSettled DemandSettled(DemandId demand, DemandOutcome outcome, Moment on, ProvisionRef? by = null) =>
        new() { Demand = demand, Outcome = outcome, By = by, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoleTaken RoleTaken(RoundRole role, Moment on) =>
        new() { Role = role, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoleLeft RoleLeft(RoundRole role, Moment on) =>
        new() { Role = role, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static ConditionMet ConditionMet(StatementId statement, SubjectRef subject, Moment on, string? how = null) =>
        new() { Statement = statement, Subject = subject, How = how, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundPreconditionsChanged RoundPreconditionsChanged(RoundId round, Precondition? precondition, Moment on, string? reason = null) =>
        new() { Round = round, Precondition = precondition, Reason = reason, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static ProposalMade ProposalMade(Proposal proposal, Moment? on = null)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Proposal = proposal, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static DocumentPresented DocumentPresented(Document document, Moment on, params Provision[] provisions) =>
        new() { Document = document, Provisions = [.. provisions], Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DocumentRevised DocumentRevised(DocumentId document, PartyId by, Moment on, params Provision[] provisions) =>
        new() { Document = document, By = by, Provisions = [.. provisions], Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DocumentDisclosed DocumentDisclosed(DocumentId document, Moment on, Disclosure how = Disclosure.Published) =>
        new() { Document = document, How = how, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundPlanned RoundPlanned(Round round, Moment? on = null, bool agreed = true)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Round = round, Agreed = agreed, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static RoundAgreed RoundAgreed(RoundId round, Moment on) =>
        new() { Round = round, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundRescheduled RoundRescheduled(RoundId round, Moment planned, Moment on) =>
        new() { Round = round, Planned = planned, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundHeld RoundHeld(RoundId round, Moment on, Moment? ended = null) =>
        new() { Round = round, Ended = ended, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundConcluded RoundConcluded(RoundId round, Moment on, RoundOutcome? outcome = null) =>
        new() { Round = round, Outcome = outcome ?? new RoundOutcome("The sides exchanged views."), Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundPostponed RoundPostponed(RoundId round, string reason, Moment on, Moment? newPlanned = null) =>
        new() { Round = round, Reason = reason, NewPlanned = newPlanned, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static RoundCancelled RoundCancelled(RoundId round, string reason, Moment on) =>
        new() { Round = round, Reason = reason, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static CommitmentMade CommitmentMade(Commitment commitment, Moment? on = null)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Commitment = commitment, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static StatementMade StatementMade(Statement statement, Moment? on = null)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Statement = statement, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static DeadlineSet DeadlineSet(Deadline deadline, Moment? on = null)
    {
        var when = on ?? TestWorld.ArticleDay;
        return new() { Deadline = deadline, Occurred = when, Recorded = Stamp.RecordedFor(when), Source = Stamp.SourceFor(when) };
    }

    public static DeadlineExtended DeadlineExtended(DeadlineId deadline, LocalDate newDue, Moment on, PartyId? by = null) =>
        new() { Deadline = deadline, NewDue = newDue, By = by, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DeadlineClosed DeadlineClosed(DeadlineId deadline, DeadlineOutcome outcome, Moment on, string? reason = null) =>
        new() { Deadline = deadline, Outcome = outcome, Reason = reason, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DeadlineMet DeadlineMet(DeadlineId deadline, Moment on) =>
        new() { Deadline = deadline, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static DevelopmentOccurred DevelopmentOccurred(Development development, Moment on) =>
        new() { Development = development, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static AgreementDrafted AgreementDrafted(Agreement agreement, Moment on) =>
        new() { Agreement = agreement, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static AgreementAdopted AgreementAdopted(Agreement agreement, Moment on) =>
        new() { Agreement = agreement, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };

    public static AgreementStepTaken AgreementStepTaken(AgreementId agreement, AgreementStepKind step, Moment on, PartyId? party = null) =>
        new() { Agreement = agreement, Step = step, Party = party, Occurred = on, Recorded = Stamp.RecordedFor(on), Source = Stamp.SourceFor(on) };
}
