using System.Collections.Frozen;

namespace Negotiation.Model.Json;

/// <summary>The type discriminator of every fact kind: the one table the reader, the writer and the schema follow.</summary>
internal static class FactTypes
{
    public static readonly FrozenDictionary<string, Type> ByName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["party-registered"] = typeof(PartyRegistered),
        ["membership-began"] = typeof(MembershipBegan),
        ["membership-ended"] = typeof(MembershipEnded),
        ["representative-appointed"] = typeof(RepresentativeAppointed),
        ["representative-left-office"] = typeof(RepresentativeLeftOffice),
        ["topic-defined"] = typeof(TopicDefined),
        ["demand-tabled"] = typeof(DemandTabled),
        ["demand-withdrawn"] = typeof(DemandWithdrawn),
        ["demand-replaced"] = typeof(DemandReplaced),
        ["demand-settled"] = typeof(DemandSettled),
        ["proposal-made"] = typeof(ProposalMade),
        ["document-presented"] = typeof(DocumentPresented),
        ["document-revised"] = typeof(DocumentRevised),
        ["document-disclosed"] = typeof(DocumentDisclosed),
        ["round-planned"] = typeof(RoundPlanned),
        ["round-agreed"] = typeof(RoundAgreed),
        ["round-rescheduled"] = typeof(RoundRescheduled),
        ["round-held"] = typeof(RoundHeld),
        ["round-concluded"] = typeof(RoundConcluded),
        ["round-postponed"] = typeof(RoundPostponed),
        ["round-cancelled"] = typeof(RoundCancelled),
        ["round-preconditions-changed"] = typeof(RoundPreconditionsChanged),
        ["commitment-made"] = typeof(CommitmentMade),
        ["statement-made"] = typeof(StatementMade),
        ["deadline-set"] = typeof(DeadlineSet),
        ["deadline-extended"] = typeof(DeadlineExtended),
        ["deadline-met"] = typeof(DeadlineMet),
        ["deadline-closed"] = typeof(DeadlineClosed),
        ["development-occurred"] = typeof(DevelopmentOccurred),
        ["agreement-adopted"] = typeof(AgreementAdopted),
        ["agreement-drafted"] = typeof(AgreementDrafted),
        ["agreement-step-taken"] = typeof(AgreementStepTaken),
        ["role-taken"] = typeof(RoleTaken),
        ["role-left"] = typeof(RoleLeft),
        ["condition-met"] = typeof(ConditionMet),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> ByType = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    public static string NameOf(Fact fact) =>
        ByType.TryGetValue(fact.GetType(), out var name)
            ? name
            : throw new NotSupportedException($"{fact.GetType().Name} has no case-file form; add it to Negotiation.Model.Json.");
}
