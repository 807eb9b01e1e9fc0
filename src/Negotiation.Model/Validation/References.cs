using System.Collections.Immutable;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>
/// The one definition of "a reference resolves": the id is set (<see cref="ErrorCodes.IdMissing"/>) and, when a case is
/// given, the case knows it (<see cref="ErrorCodes.UnknownParty"/> and its siblings). The validators and the facts'
/// change checks both use it.
/// </summary>
internal static class References
{
    public static ValidationFailure? Party(CaseData? data, PartyId id, string path) =>
        Resolve(data?.Parties, id, id.IsValid, path, ErrorCodes.UnknownParty, "party", "register it with PartyRegistered first");

    public static ValidationFailure? Representative(CaseData? data, RepresentativeId id, string path) =>
        Resolve(data?.Representatives, id, id.IsValid, path, ErrorCodes.UnknownRepresentative, "representative", "appoint them with RepresentativeAppointed first");

    public static ValidationFailure? Topic(CaseData? data, TopicId id, string path) =>
        Resolve(data?.Topics, id, id.IsValid, path, ErrorCodes.UnknownTopic, "topic", "define it with TopicDefined first");

    public static ValidationFailure? Demand(CaseData? data, DemandId id, string path) =>
        Resolve(data?.Demands, id, id.IsValid, path, ErrorCodes.UnknownDemand, "demand", "table it with DemandTabled first");

    public static ValidationFailure? Document(CaseData? data, DocumentId id, string path) =>
        Resolve(data?.Documents, id, id.IsValid, path, ErrorCodes.UnknownDocument, "document", "present it with DocumentPresented first");

    public static ValidationFailure? Proposal(CaseData? data, ProposalId id, string path) =>
        Resolve(data?.Proposals, id, id.IsValid, path, ErrorCodes.UnknownProposal, "proposal", "record it with ProposalMade first");

    public static ValidationFailure? Statement(CaseData? data, StatementId id, string path) =>
        Resolve(data?.Statements, id, id.IsValid, path, ErrorCodes.UnknownStatement, "statement", "record it with StatementMade first");

    public static ValidationFailure? Round(CaseData? data, RoundId id, string path) =>
        Resolve(data?.Rounds, id, id.IsValid, path, ErrorCodes.UnknownRound, "round", "plan it with RoundPlanned first");

    public static ValidationFailure? Development(CaseData? data, DevelopmentId id, string path) =>
        Resolve(data?.Developments, id, id.IsValid, path, ErrorCodes.UnknownDevelopment, "development", "record it with DevelopmentOccurred first");

    public static ValidationFailure? Deadline(CaseData? data, DeadlineId id, string path) =>
        Resolve(data?.Deadlines, id, id.IsValid, path, ErrorCodes.UnknownDeadline, "deadline", "set it with DeadlineSet first");

    public static ValidationFailure? Agreement(CaseData? data, AgreementId id, string path) =>
        Resolve(data?.Agreements, id, id.IsValid, path, ErrorCodes.UnknownAgreement, "agreement", "adopt it with AgreementAdopted first");

    public static ValidationFailure? Subject(CaseData? data, SubjectRef subject, string path)
    {
        if (!subject.IsValid)
        {
            return Failures.Error(ErrorCodes.IdMissing, path, "The subject reference is default; make it with SubjectRef.Demand(...), SubjectRef.Document(...) or another factory.");
        }

        var id = subject.Id;
        return subject.Kind switch
        {
            SubjectKind.Demand => Demand(data, DemandId.FromChecked(id), path),
            SubjectKind.Document => Document(data, DocumentId.FromChecked(id), path),
            SubjectKind.Proposal => Proposal(data, ProposalId.FromChecked(id), path),
            SubjectKind.Statement => Statement(data, StatementId.FromChecked(id), path),
            SubjectKind.Round => Round(data, RoundId.FromChecked(id), path),
            SubjectKind.Topic => Topic(data, TopicId.FromChecked(id), path),
            SubjectKind.Party => Party(data, PartyId.FromChecked(id), path),
            SubjectKind.Deadline => Deadline(data, DeadlineId.FromChecked(id), path),
            SubjectKind.Agreement => Agreement(data, AgreementId.FromChecked(id), path),
            _ => Development(data, DevelopmentId.FromChecked(id), path),
        };
    }

    private static ValidationFailure? Resolve<TId, T>(ImmutableSortedDictionary<TId, T>? known, TId id, bool isValid, string path, string code, string what, string hint)
        where TId : notnull
    {
        if (!isValid)
        {
            return Failures.Error(ErrorCodes.IdMissing, path, $"The {what} id is default; create it from a slug.");
        }

        return known is null || known.ContainsKey(id) ? null : Failures.Error(code, path, $"No {what} '{id}' is known to the case; {hint}.");
    }
}
