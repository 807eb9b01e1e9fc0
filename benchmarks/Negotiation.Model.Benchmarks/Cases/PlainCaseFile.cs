// Generated once from src/Negotiation.Model.Json/Schema/case-file.schema.json: plain records that System.Text.Json reads
// and writes with source generation, the baseline of CaseFileBenchmarks. Every value is a string, number, boolean or
// list, as a user without Negotiation.Model.Json would hold the same facts.
#pragma warning disable CS1591, CA1002, CA2227, CA1056, CA1720, CA1716
using System.Text.Json.Serialization;

namespace Negotiation.Model.Benchmarks.Cases;

public sealed record PlainCase
{
    public string Format { get; init; } = "";
    public int Version { get; init; }
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public List<PlainFact> Facts { get; init; } = [];
}

public sealed record PlainSource
{
    public string? Outlet { get; init; }
    public string? ReportedOn { get; init; }
    public string? Speaker { get; init; }
    public string? Channel { get; init; }
    public string? Reference { get; init; }
}

public sealed record PlainMembership
{
    public string? Member { get; init; }
    public string? Joined { get; init; }
    public string? Left { get; init; }
}

public sealed record PlainState : PlainParty
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? IsoCode { get; init; }
}

public sealed record PlainOrganisation : PlainParty
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? OrganisationKind { get; init; }
    public string? PartOf { get; init; }
    public List<PlainMembership>? Memberships { get; init; }
}

public sealed record PlainGroup : PlainParty
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public List<string>? Members { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PlainState), "state")]
[JsonDerivedType(typeof(PlainOrganisation), "organisation")]
[JsonDerivedType(typeof(PlainGroup), "group")]
public abstract record PlainParty
{
}

public sealed record PlainRepresentative
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Office { get; init; }
    public string? Party { get; init; }
    public string? From { get; init; }
    public string? Until { get; init; }
}

public sealed record PlainTopic
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Broader { get; init; }
}

public sealed record PlainMadeIn
{
    public string? Document { get; init; }
    public int? Revision { get; init; }
    public string? Article { get; init; }
    public string? Statement { get; init; }
}

public sealed record PlainDemand
{
    public string? Id { get; init; }
    public string? Author { get; init; }
    public List<string>? Addressees { get; init; }
    public string? Text { get; init; }
    public string? Kind { get; init; }
    public List<string>? Topics { get; init; }
    public List<string>? Concerns { get; init; }
    public string? Package { get; init; }
    public PlainMadeIn? MadeIn { get; init; }
}

public sealed record PlainProposal
{
    public string? Id { get; init; }
    public string? Author { get; init; }
    public List<string>? Addressees { get; init; }
    public string? Text { get; init; }
    public List<string>? Topics { get; init; }
    public List<string>? Answers { get; init; }
    public string? Condition { get; init; }
    public bool? Reciprocal { get; init; }
    public PlainMadeIn? MadeIn { get; init; }
}

public sealed record PlainDocument
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public List<string>? Authors { get; init; }
    public List<string>? Addressees { get; init; }
    public string? RepliesTo { get; init; }
    public string? Visibility { get; init; }
    public List<string>? SharedWith { get; init; }
}

public sealed record PlainProvision
{
    public string? Article { get; init; }
    public string? Text { get; init; }
}

public sealed record PlainRoundHeldCondition : PlainPrecondition
{
    public string? Round { get; init; }
}

public sealed record PlainRoundConcludedCondition : PlainPrecondition
{
    public string? Round { get; init; }
}

public sealed record PlainDocumentPresentedCondition : PlainPrecondition
{
    public string? Document { get; init; }
}

public sealed record PlainDemandAnsweredCondition : PlainPrecondition
{
    public string? Demand { get; init; }
    public string? By { get; init; }
}

public sealed record PlainPartyTakesPartCondition : PlainPrecondition
{
    public string? Party { get; init; }
}

public sealed record PlainDevelopmentOccurredCondition : PlainPrecondition
{
    public string? Kind { get; init; }
    public string? Against { get; init; }
}

public sealed record PlainNotBeforeCondition : PlainPrecondition
{
    public string? Date { get; init; }
}

public sealed record PlainNotAfterCondition : PlainPrecondition
{
    public string? Date { get; init; }
}

public sealed record PlainAllOfCondition : PlainPrecondition
{
    public List<PlainPrecondition>? Parts { get; init; }
}

public sealed record PlainAnyOfCondition : PlainPrecondition
{
    public List<PlainPrecondition>? Parts { get; init; }
}

public sealed record PlainNotCondition : PlainPrecondition
{
    public PlainPrecondition? Part { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainRoundHeldCondition), "round-held")]
[JsonDerivedType(typeof(PlainRoundConcludedCondition), "round-concluded")]
[JsonDerivedType(typeof(PlainDocumentPresentedCondition), "document-presented")]
[JsonDerivedType(typeof(PlainDemandAnsweredCondition), "demand-answered")]
[JsonDerivedType(typeof(PlainPartyTakesPartCondition), "party-takes-part")]
[JsonDerivedType(typeof(PlainDevelopmentOccurredCondition), "development-occurred")]
[JsonDerivedType(typeof(PlainNotBeforeCondition), "not-before")]
[JsonDerivedType(typeof(PlainNotAfterCondition), "not-after")]
[JsonDerivedType(typeof(PlainAllOfCondition), "all-of")]
[JsonDerivedType(typeof(PlainAnyOfCondition), "any-of")]
[JsonDerivedType(typeof(PlainNotCondition), "not")]
public abstract record PlainPrecondition
{
}

public sealed record PlainAfterStepRule : PlainRule
{
    public string? Step { get; init; }
    public string? Delay { get; init; }
    public int? Count { get; init; }
}

public sealed record PlainOnDevelopmentRule : PlainRule
{
    public string? Kind { get; init; }
}

public sealed record PlainEarlierOfRule : PlainRule
{
    public List<PlainRule>? Rules { get; init; }
}

public sealed record PlainLaterOfRule : PlainRule
{
    public List<PlainRule>? Rules { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainAfterStepRule), "after-step")]
[JsonDerivedType(typeof(PlainOnDevelopmentRule), "on-development")]
[JsonDerivedType(typeof(PlainEarlierOfRule), "earlier-of")]
[JsonDerivedType(typeof(PlainLaterOfRule), "later-of")]
public abstract record PlainRule
{
}

public sealed record PlainRoundSidesItemDelegation
{
    public string? Head { get; init; }
    public List<string>? Members { get; init; }
}

public sealed record PlainRoundSidesItem
{
    public string? Party { get; init; }
    public PlainRoundSidesItemDelegation? Delegation { get; init; }
}

public sealed record PlainRoundVenue
{
    public string? Name { get; init; }
    public string? Zone { get; init; }
}

public sealed record PlainRoundAgenda
{
    public List<string>? Topics { get; init; }
    public List<string>? Documents { get; init; }
    public List<string>? Demands { get; init; }
}

public sealed record PlainRound
{
    public string? Id { get; init; }
    public string? Format { get; init; }
    public List<PlainRoundSidesItem>? Sides { get; init; }
    public string? Planned { get; init; }
    public string? Title { get; init; }
    public string? Channel { get; init; }
    public string? Chair { get; init; }
    public string? ChairRole { get; init; }
    public PlainRoundVenue? Venue { get; init; }
    public PlainRoundAgenda? Agenda { get; init; }
    public PlainPrecondition? Precondition { get; init; }
}

public sealed record PlainOutcome
{
    public string? Summary { get; init; }
    public List<string>? Statements { get; init; }
    public List<string>? DocumentsHandedOver { get; init; }
    public string? FollowUp { get; init; }
}

public sealed record PlainCommitment
{
    public string? Id { get; init; }
    public List<string>? Parties { get; init; }
    public string? Text { get; init; }
    public string? Topic { get; init; }
    public string? RequiredParticipant { get; init; }
}

public sealed record PlainStatement
{
    public string? Id { get; init; }
    public string? Party { get; init; }
    public string? Kind { get; init; }
    public string? Quote { get; init; }
    public string? Speaker { get; init; }
    public string? Channel { get; init; }
    public string? Outlet { get; init; }
    public List<string>? Addressees { get; init; }
    public List<string>? About { get; init; }
    public string? Extent { get; init; }
    public string? Visibility { get; init; }
    public List<string>? SharedWith { get; init; }
    public string? Condition { get; init; }
}

public sealed record PlainDeadline
{
    public string? Id { get; init; }
    public string? SetBy { get; init; }
    public string? What { get; init; }
    public string? Due { get; init; }
    public string? Subject { get; init; }
}

public sealed record PlainDevelopment
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Description { get; init; }
    public List<string>? Actors { get; init; }
    public List<string>? Targets { get; init; }
}

public sealed record PlainAgreement
{
    public string? Id { get; init; }
    public string? Text { get; init; }
    public List<string>? Parties { get; init; }
    public PlainRule? EntryIntoForce { get; init; }
    public string? WithdrawalNotice { get; init; }
}

public sealed record PlainPartyRegisteredFact : PlainFact
{
    public PlainParty? Party { get; init; }
}

public sealed record PlainMembershipBeganFact : PlainFact
{
    public string? Organisation { get; init; }
    public string? Member { get; init; }
    public string? Joined { get; init; }
}

public sealed record PlainMembershipEndedFact : PlainFact
{
    public string? Organisation { get; init; }
    public string? Member { get; init; }
    public string? Left { get; init; }
}

public sealed record PlainRepresentativeAppointedFact : PlainFact
{
    public PlainRepresentative? Representative { get; init; }
}

public sealed record PlainRepresentativeLeftOfficeFact : PlainFact
{
    public string? Representative { get; init; }
    public string? LastDay { get; init; }
}

public sealed record PlainTopicDefinedFact : PlainFact
{
    public PlainTopic? Topic { get; init; }
}

public sealed record PlainDemandTabledFact : PlainFact
{
    public PlainDemand? Demand { get; init; }
}

public sealed record PlainDemandWithdrawnFact : PlainFact
{
    public string? Demand { get; init; }
}

public sealed record PlainDemandReplacedFact : PlainFact
{
    public string? Demand { get; init; }
    public string? By { get; init; }
    public bool? Hardened { get; init; }
}

public sealed record PlainProposalMadeFact : PlainFact
{
    public PlainProposal? Proposal { get; init; }
}

public sealed record PlainDocumentPresentedFact : PlainFact
{
    public PlainDocument? Document { get; init; }
    public List<PlainProvision>? Provisions { get; init; }
}

public sealed record PlainDocumentRevisedFact : PlainFact
{
    public string? Document { get; init; }
    public string? By { get; init; }
    public List<PlainProvision>? Provisions { get; init; }
}

public sealed record PlainDocumentDisclosedFact : PlainFact
{
    public string? Document { get; init; }
    public string? How { get; init; }
}

public sealed record PlainRoundPlannedFact : PlainFact
{
    public PlainRound? Round { get; init; }
    public bool? Agreed { get; init; }
}

public sealed record PlainRoundAgreedFact : PlainFact
{
    public string? Round { get; init; }
}

public sealed record PlainRoundRescheduledFact : PlainFact
{
    public string? Round { get; init; }
    public string? Planned { get; init; }
}

public sealed record PlainRoundHeldFact : PlainFact
{
    public string? Round { get; init; }
    public string? Ended { get; init; }
}

public sealed record PlainRoundConcludedFact : PlainFact
{
    public string? Round { get; init; }
    public PlainOutcome? Outcome { get; init; }
}

public sealed record PlainRoundPostponedFact : PlainFact
{
    public string? Round { get; init; }
    public string? Reason { get; init; }
    public string? NewPlanned { get; init; }
}

public sealed record PlainRoundCancelledFact : PlainFact
{
    public string? Round { get; init; }
    public string? Reason { get; init; }
}

public sealed record PlainCommitmentMadeFact : PlainFact
{
    public PlainCommitment? Commitment { get; init; }
}

public sealed record PlainStatementMadeFact : PlainFact
{
    public PlainStatement? Statement { get; init; }
}

public sealed record PlainDeadlineSetFact : PlainFact
{
    public PlainDeadline? Deadline { get; init; }
}

public sealed record PlainDeadlineExtendedFact : PlainFact
{
    public string? Deadline { get; init; }
    public string? NewDue { get; init; }
    public string? By { get; init; }
}

public sealed record PlainDeadlineMetFact : PlainFact
{
    public string? Deadline { get; init; }
}

public sealed record PlainDevelopmentOccurredFact : PlainFact
{
    public PlainDevelopment? Development { get; init; }
}

public sealed record PlainAgreementAdoptedFact : PlainFact
{
    public PlainAgreement? Agreement { get; init; }
}

public sealed record PlainAgreementStepTakenFact : PlainFact
{
    public string? Agreement { get; init; }
    public string? Step { get; init; }
    public string? Party { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainPartyRegisteredFact), "party-registered")]
[JsonDerivedType(typeof(PlainMembershipBeganFact), "membership-began")]
[JsonDerivedType(typeof(PlainMembershipEndedFact), "membership-ended")]
[JsonDerivedType(typeof(PlainRepresentativeAppointedFact), "representative-appointed")]
[JsonDerivedType(typeof(PlainRepresentativeLeftOfficeFact), "representative-left-office")]
[JsonDerivedType(typeof(PlainTopicDefinedFact), "topic-defined")]
[JsonDerivedType(typeof(PlainDemandTabledFact), "demand-tabled")]
[JsonDerivedType(typeof(PlainDemandWithdrawnFact), "demand-withdrawn")]
[JsonDerivedType(typeof(PlainDemandReplacedFact), "demand-replaced")]
[JsonDerivedType(typeof(PlainProposalMadeFact), "proposal-made")]
[JsonDerivedType(typeof(PlainDocumentPresentedFact), "document-presented")]
[JsonDerivedType(typeof(PlainDocumentRevisedFact), "document-revised")]
[JsonDerivedType(typeof(PlainDocumentDisclosedFact), "document-disclosed")]
[JsonDerivedType(typeof(PlainRoundPlannedFact), "round-planned")]
[JsonDerivedType(typeof(PlainRoundAgreedFact), "round-agreed")]
[JsonDerivedType(typeof(PlainRoundRescheduledFact), "round-rescheduled")]
[JsonDerivedType(typeof(PlainRoundHeldFact), "round-held")]
[JsonDerivedType(typeof(PlainRoundConcludedFact), "round-concluded")]
[JsonDerivedType(typeof(PlainRoundPostponedFact), "round-postponed")]
[JsonDerivedType(typeof(PlainRoundCancelledFact), "round-cancelled")]
[JsonDerivedType(typeof(PlainCommitmentMadeFact), "commitment-made")]
[JsonDerivedType(typeof(PlainStatementMadeFact), "statement-made")]
[JsonDerivedType(typeof(PlainDeadlineSetFact), "deadline-set")]
[JsonDerivedType(typeof(PlainDeadlineExtendedFact), "deadline-extended")]
[JsonDerivedType(typeof(PlainDeadlineMetFact), "deadline-met")]
[JsonDerivedType(typeof(PlainDevelopmentOccurredFact), "development-occurred")]
[JsonDerivedType(typeof(PlainAgreementAdoptedFact), "agreement-adopted")]
[JsonDerivedType(typeof(PlainAgreementStepTakenFact), "agreement-step-taken")]
public abstract record PlainFact
{
    public string? Occurred { get; init; }
    public string? Recorded { get; init; }
    public PlainSource? Source { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true, AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(PlainCase))]
public sealed partial class PlainJson : JsonSerializerContext;
