using System.Globalization;

namespace Negotiation.Model.Cli;

/// <summary>
/// Codes a case's facts as political events: a CAMEO event code, and the PLOVER event type, mode and context that the
/// Open Event Data Alliance's conversion table (CAMEO2PLOVER-2021, PLOVER manual draft 0.8) gives for that code.
/// Facts that are not events between parties (a party registered, a topic defined) or whose actor the model does not
/// record (a round postponed or cancelled) are not coded; README.md lists the whole mapping.
/// </summary>
internal static class EventCoding
{
    /// <summary>One CAMEO code and its PLOVER equivalent (null where PLOVER dropped the CAMEO category: 01 and 02).</summary>
    internal sealed record Code(string Cameo, string Name, string? Plover, string? Mode, string? Context)
    {
        /// <summary>PLOVER's quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
        public int? Quad => Plover switch
        {
            "AGREE" or "CONSULT" or "SUPPORT" or "CONCEDE" => 1,
            "COOPERATE" or "AID" or "RETREAT" => 2,
            "REQUEST" or "ACCUSE" or "REJECT" or "SANCTION" or "THREATEN" => 3,
            "PROTEST" or "MOBILIZE" or "COERCE" or "ASSAULT" => 4,
            _ => null,
        };
    }

    /// <summary>One coded fact: who did it to whom, when, and its codes.</summary>
    internal sealed record CodedEvent(int Index, Fact Fact, Code Code, IReadOnlyList<PartyId> Actors, IReadOnlyList<PartyId> Recipients, string? Mode);

    // Every code the mapping uses, with CAMEO's name and the CAMEO2PLOVER-2021 row for it.
    internal static readonly Code MakeStatement = new("010", "Make statement", null, null, null);
    internal static readonly Code DenyResponsibility = new("016", "Deny responsibility", null, null, null);
    internal static readonly Code ExpressAccord = new("019", "Express accord", null, null, null);
    internal static readonly Code Appeal = new("020", "Make an appeal or request", null, null, null);
    internal static readonly Code IntendToCooperate = new("030", "Express intent to cooperate", "AGREE", null, "diplomatic");
    internal static readonly Code IntendToMeet = new("036", "Express intent to meet or negotiate", "AGREE", null, "diplomatic");
    internal static readonly Code DiscussByTelephone = new("041", "Discuss by telephone", "CONSULT", "phone", null);
    internal static readonly Code Negotiate = new("046", "Engage in negotiation", "CONSULT", null, "diplomatic");
    internal static readonly Code GrantRecognition = new("054", "Grant diplomatic recognition", "SUPPORT", null, "diplomatic");
    internal static readonly Code SignAgreement = new("057", "Sign formal agreement", "SUPPORT", null, "diplomatic");
    internal static readonly Code Yield = new("080", "Yield", "CONCEDE", null, null);
    internal static readonly Code AccedeToPolicyChange = new("0832", "Accede to demands for change in policy", "CONCEDE", null, "executive");
    internal static readonly Code Investigate = new("090", "Investigate", "ACCUSE", "investigate", null);
    internal static readonly Code Demand = new("100", "Demand", "REQUEST", null, null);
    internal static readonly Code DemandPolicyChange = new("1042", "Demand policy change", "REQUEST", "change", "executive");
    internal static readonly Code DemandInvolvement = new("1055", "Demand that target allows international involvement (non-mediation)", "REQUEST", "yield", "diplomatic");
    internal static readonly Code DemandMeeting = new("106", "Demand meeting, negotiation", "REQUEST", "meet", "diplomatic");
    internal static readonly Code Accuse = new("112", "Accuse", "ACCUSE", "disapprove", null);
    internal static readonly Code Reject = new("120", "Reject", "REJECT", null, null);
    internal static readonly Code RejectMeeting = new("125", "Reject proposal to meet, discuss, or negotiate", "REJECT", "meet", "diplomatic");
    internal static readonly Code Threaten = new("130", "Threaten", "THREATEN", null, null);
    internal static readonly Code ShowForce = new("150", "Demonstrate military or police power", "MOBILIZE", null, null);
    internal static readonly Code MobilizeForces = new("154", "Mobilize or increase armed forces", "MOBILIZE", "troops", "military");
    internal static readonly Code ReduceRelations = new("160", "Reduce relations", "SANCTION", null, null);
    internal static readonly Code ImposeSanctions = new("163", "Impose embargo, boycott, or sanctions", "COERCE", "restrict", "diplomatic");
    internal static readonly Code UseForce = new("190", "Use conventional military force", "ASSAULT", null, "military");

    /// <summary>Codes every fact that maps to an event, in log order.</summary>
    public static IEnumerable<CodedEvent> Events(NegotiationCase negotiation)
    {
        for (var i = 0; i < negotiation.Log.Count; i++)
        {
            if (CodeOf(negotiation, negotiation.Log[i]) is { } coded)
            {
                yield return coded with { Index = i };
            }
        }
    }

    /// <summary>The ISO 3166-1 alpha-3 code of a state's alpha-2 code (PLOVER and CAMEO name states by three letters).</summary>
    public static string? Alpha3(NegotiationCase negotiation, PartyId party)
    {
        if (negotiation.Parties.GetValueOrDefault(party) is not State state || state.IsoCode.Length != 2)
        {
            return null;
        }

        try
        {
            return new RegionInfo(state.IsoCode).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static CodedEvent? CodeOf(NegotiationCase c, Fact fact)
    {
        CodedEvent Event(Code code, IEnumerable<PartyId> actors, IEnumerable<PartyId> recipients, string? mode = null) =>
            new(0, fact, code, [.. actors.Distinct()], [.. recipients.Distinct()], mode ?? code.Mode);

        switch (fact)
        {
            case DemandTabled f:
                var demandCode = f.Demand.Kind switch
                {
                    DemandKind.LegalGuarantee or DemandKind.Prohibition or DemandKind.Commitment => DemandPolicyChange,
                    DemandKind.Participation => DemandInvolvement,
                    DemandKind.Timing => DemandMeeting,
                    _ => Demand,
                };
                return Event(demandCode, [f.Demand.Author], f.Demand.Addressees);
            case DemandWithdrawn f when c.Demands.TryGetValue(f.Demand, out var withdrawn):
                // PLOVER: "Withdrawing a demand should be coded as CONCEDE."
                return Event(Yield, [withdrawn.Author], withdrawn.Addressees);
            case ProposalMade f:
                return Event(IntendToCooperate, [f.Proposal.Author], f.Proposal.Addressees);
            case DocumentPresented f:
                var documentCode = f.Document.Kind switch
                {
                    DocumentKind.DraftTreaty or DocumentKind.DraftAgreement => IntendToCooperate,
                    DocumentKind.JointStatement or DocumentKind.Communique => ExpressAccord,
                    _ => MakeStatement,
                };
                return Event(documentCode, f.Document.Authors, f.Document.Addressees);
            case RoundPlanned { Agreed: true } f:
                return Event(IntendToMeet, f.Round.Participants, []);
            case RoundAgreed f when c.Rounds.TryGetValue(f.Round, out var agreed):
                return Event(IntendToMeet, agreed.Participants, []);
            case RoundHeld f when c.Rounds.TryGetValue(f.Round, out var held):
                var remote = held.Channel is RoundChannel.Call or RoundChannel.VideoCall;
                return Event(remote ? DiscussByTelephone : Negotiate, held.Participants, [], remote ? "phone" : held.Format == RoundFormat.Multilateral ? "multilateral" : null);
            case CommitmentMade f:
                return Event(IntendToCooperate, f.Commitment.Parties, []);
            case StatementMade f:
                return Statement(f.Statement, Event);
            case DevelopmentOccurred f:
                var developmentCode = f.Development.Kind switch
                {
                    DevelopmentKind.TroopBuildUp => MobilizeForces,
                    DevelopmentKind.Exercise => ShowForce,
                    DevelopmentKind.Invasion => UseForce,
                    DevelopmentKind.Sanctions => ImposeSanctions,
                    DevelopmentKind.Recognition => GrantRecognition,
                    DevelopmentKind.VerificationReport => Investigate,
                    _ => null,
                };
                return developmentCode is null ? null : Event(developmentCode, f.Development.Actors, f.Development.Targets);
            case AgreementAdopted f:
                return Event(SignAgreement, f.Agreement.Parties, []);
            case AgreementStepTaken f when c.Agreements.TryGetValue(f.Agreement, out var agreement):
                var actors = f.Party is { } party ? [party] : agreement.Parties.Items;
                return Event(f.Step == AgreementStepKind.WithdrawalNotice ? ReduceRelations : SignAgreement, actors, agreement.Parties.Where(p => !actors.Contains(p)));
            default:
                return null;
        }
    }

    private static CodedEvent Statement(Statement s, Func<Code, IEnumerable<PartyId>, IEnumerable<PartyId>, string?, CodedEvent> make)
    {
        var recipients = s.Addressees.Concat(s.About.Where(a => a.Kind == SubjectKind.Party).Select(a => new PartyId(a.Id)));
        var aboutDemand = s.About.Any(a => a.Kind == SubjectKind.Demand);
        var aboutRound = s.About.Any(a => a.Kind == SubjectKind.Round);
        var code = s.Kind switch
        {
            StatementKind.Demand => Demand,
            StatementKind.Appeal => Appeal,
            StatementKind.Warning => Threaten,
            StatementKind.Accusation => Accuse,
            StatementKind.Denial => DenyResponsibility,
            StatementKind.Acceptance => aboutDemand ? AccedeToPolicyChange : IntendToCooperate,
            StatementKind.Rejection => aboutRound ? RejectMeeting : Reject,
            StatementKind.Proposal => aboutRound ? IntendToMeet : IntendToCooperate,
            StatementKind.Agreement => IntendToCooperate,
            _ => MakeStatement,
        };
        return make(code, [s.Party], recipients, null);
    }
}
