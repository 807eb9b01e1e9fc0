using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

/// <summary>A reference the case does not know is refused with its kind's code and a message that names the id and says
/// which fact registers it; a default id is refused as missing.</summary>
public sealed class ReferencesTests
{
    public static TheoryData<string, string, string, string> Unknown => new()
    {
        { "party", "atlantis", ErrorCodes.UnknownParty, "register it with PartyRegistered first" },
        { "representative", "atlantis", ErrorCodes.UnknownRepresentative, "appoint them with RepresentativeAppointed first" },
        { "topic", "atlantis", ErrorCodes.UnknownTopic, "define it with TopicDefined first" },
        { "demand", "atlantis", ErrorCodes.UnknownDemand, "table it with DemandTabled first" },
        { "document", "atlantis", ErrorCodes.UnknownDocument, "present it with DocumentPresented first" },
        { "proposal", "atlantis", ErrorCodes.UnknownProposal, "record it with ProposalMade first" },
        { "statement", "atlantis", ErrorCodes.UnknownStatement, "record it with StatementMade first" },
        { "round", "atlantis", ErrorCodes.UnknownRound, "plan it with RoundPlanned first" },
        { "development", "atlantis", ErrorCodes.UnknownDevelopment, "record it with DevelopmentOccurred first" },
        { "deadline", "atlantis", ErrorCodes.UnknownDeadline, "set it with DeadlineSet first" },
        { "agreement", "atlantis", ErrorCodes.UnknownAgreement, "adopt it with AgreementAdopted first" },
    };

    public static TheoryData<string> Kinds => new()
    {
        "party", "representative", "topic", "demand", "document", "proposal", "statement", "round", "development", "deadline", "agreement",
    };

    [Theory]
    [MemberData(nameof(Unknown))]
    public void Resolve_IdTheCaseDoesNotKnow_NamesItAndTheFactThatRegistersIt(string what, string slug, string code, string hint)
    {
        var failure = Resolve(what, slug);

        failure.Should().NotBeNull();
        (failure!.ErrorCode, failure.PropertyName).Should().Be((code, "Here"));
        failure.ErrorMessage.Should().Be($"No {what} '{slug}' is known to the case; {hint}.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Resolve_DefaultId_FailsWithIdMissing(string what)
    {
        var failure = Resolve(what, slug: null);

        failure.Should().NotBeNull();
        (failure!.ErrorCode, failure.PropertyName).Should().Be((ErrorCodes.IdMissing, "Here"));
        failure.ErrorMessage.Should().Be($"The {what} id is default; create it from a slug.");
    }

    [Fact]
    public void Subject_DefaultReference_FailsWithIdMissing()
    {
        var failure = References.Subject(CaseData.Empty, default, "Here");

        failure.Should().NotBeNull();
        (failure!.ErrorCode, failure.ErrorMessage).Should().Be((ErrorCodes.IdMissing,
            "The subject reference is default; make it with SubjectRef.Demand(...), SubjectRef.Document(...) or another factory."));
    }

    private static ValidationFailure? Resolve(string what, string? slug)
    {
        var data = CaseData.Empty;
        return what switch
        {
            "party" => References.Party(data, slug is null ? default : new PartyId(slug), "Here"),
            "representative" => References.Representative(data, slug is null ? default : new RepresentativeId(slug), "Here"),
            "topic" => References.Topic(data, slug is null ? default : new TopicId(slug), "Here"),
            "demand" => References.Demand(data, slug is null ? default : new DemandId(slug), "Here"),
            "document" => References.Document(data, slug is null ? default : new DocumentId(slug), "Here"),
            "proposal" => References.Proposal(data, slug is null ? default : new ProposalId(slug), "Here"),
            "statement" => References.Statement(data, slug is null ? default : new StatementId(slug), "Here"),
            "round" => References.Round(data, slug is null ? default : new RoundId(slug), "Here"),
            "development" => References.Development(data, slug is null ? default : new DevelopmentId(slug), "Here"),
            "deadline" => References.Deadline(data, slug is null ? default : new DeadlineId(slug), "Here"),
            _ => References.Agreement(data, slug is null ? default : new AgreementId(slug), "Here"),
        };
    }
}
