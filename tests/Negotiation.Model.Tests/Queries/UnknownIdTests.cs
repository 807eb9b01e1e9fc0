using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

/// <summary>A query asked about an id the case does not hold is the caller's mistake: it says which id, and which
/// parameter carried it, rather than letting a dictionary's bare KeyNotFoundException escape.</summary>
public sealed class UnknownIdTests
{
    private static readonly DemandId NoDemand = new("no-such-demand");
    private static readonly DocumentId NoDocument = new("no-such-document");
    private static readonly RoundId NoRound = new("no-such-round");

    public static TheoryData<string, Action, string, string> Queries() => new()
    {
        { "StatusOf", () => Case.StatusOf(NoDemand, UnitedStates), "demand", "no-such-demand" },
        { "StatusesOf", () => Case.StatusesOf(NoDemand), "demand", "no-such-demand" },
        { "ProvisionsCarrying", () => Case.ProvisionsCarrying(NoDemand), "demand", "no-such-demand" },
        { "ConflictingDemands", () => Case.ConflictingDemands(NoDemand), "demand", "no-such-demand" },
        { "StatementsOn", () => Case.StatementsOn(NoDemand), "demand", "no-such-demand" },
        { "SettlementOf", () => Case.SettlementOf(NoDemand), "demand", "no-such-demand" },
        { "PositionsMatrix", () => Case.PositionsMatrix([UnitedStates], [NoDemand]), "demands", "no-such-demand" },
        { "CompareRevisions", () => Case.CompareRevisions(NoDocument, 0, 1), "document", "no-such-document" },
        { "RevisionHistory", () => Case.RevisionHistory(NoDocument), "document", "no-such-document" },
        { "CanSee", () => Case.CanSee(UnitedStates, NoDocument), "document", "no-such-document" },
        { "CanStart", () => Case.CanStart(NoRound), "round", "no-such-round" },
        { "ParticipantsOf", () => Case.ParticipantsOf(NoRound), "round", "no-such-round" },
        { "OrderOfRounds().Precedes", () => Case.OrderOfRounds().Precedes(NoRound, new RoundId("ru-us-2022-01")), "first", "no-such-round" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_UnknownId_ThrowsArgumentExceptionNamingTheId(string query, Action ask, string parameter, string id)
    {
        var thrown = FluentActions.Invoking(ask).Should().Throw<ArgumentException>(query).Which;

        thrown.Should().NotBeOfType<KeyNotFoundException>();
        thrown.ParamName.Should().Be(parameter, query);
        thrown.Message.Should().Contain($"'{id}'", query);
        var noun = id["no-such-".Length..];
        thrown.Message.Should().Contain($"{noun} '{id}'", $"{query} says what kind of thing it could not find");
    }
}
