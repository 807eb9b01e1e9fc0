using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>How many of each thing a generated negotiation holds, and over how many days its facts are spread.</summary>
/// <remarks>
/// <see cref="Parties"/>, <see cref="Demands"/>, <see cref="Rounds"/> and <see cref="Facts"/> are exact: the generator
/// produces exactly that many party registrations, tabled demands (replacements included), planned rounds and logged
/// facts. The other counts are targets the generator meets when the timeline leaves room (a revision needs a document
/// that is old enough, an extension a deadline still open); statements fill the rest of the fact budget, as they do in
/// the news.
/// </remarks>
internal sealed record CaseProfile
{
    public required int States { get; init; }

    public required int Organisations { get; init; }

    public required int Groups { get; init; }

    public int Parties => States + Organisations + Groups;

    public required int Topics { get; init; }

    public required int Commitments { get; init; }

    public required int Documents { get; init; }

    public required int Revisions { get; init; }

    public required int Disclosures { get; init; }

    public required int Demands { get; init; }

    public required int Replacements { get; init; }

    public required int Withdrawals { get; init; }

    public required int Proposals { get; init; }

    public required int Rounds { get; init; }

    public required int Deadlines { get; init; }

    public required int Extensions { get; init; }

    public required int DeadlinesMet { get; init; }

    public required int Developments { get; init; }

    public required int MembershipChanges { get; init; }

    public required int RepresentativeChanges { get; init; }

    public required int Facts { get; init; }

    public required LocalDate Start { get; init; }

    public required int Days { get; init; }

    public LocalDate End => Start.PlusDays(Days - 1);

    public static CaseProfile M { get; } = new()
    {
        States = 40,
        Organisations = 6,
        Groups = 4,
        Topics = 20,
        Commitments = 4,
        Documents = 100,
        Revisions = 150,
        Disclosures = 30,
        Demands = 1_000,
        Replacements = 30,
        Withdrawals = 40,
        Proposals = 200,
        Rounds = 200,
        Deadlines = 50,
        Extensions = 30,
        DeadlinesMet = 20,
        Developments = 40,
        MembershipChanges = 30,
        RepresentativeChanges = 20,
        Facts = 10_000,
        Start = new LocalDate(2020, 1, 1),
        Days = 731,
    };

    public static CaseProfile L { get; } = new()
    {
        States = 160,
        Organisations = 25,
        Groups = 15,
        Topics = 60,
        Commitments = 20,
        Documents = 1_000,
        Revisions = 2_000,
        Disclosures = 300,
        Demands = 10_000,
        Replacements = 300,
        Withdrawals = 400,
        Proposals = 2_000,
        Rounds = 2_000,
        Deadlines = 500,
        Extensions = 300,
        DeadlinesMet = 200,
        Developments = 300,
        MembershipChanges = 300,
        RepresentativeChanges = 200,
        Facts = 100_000,
        Start = new LocalDate(2018, 1, 1),
        Days = 1_461,
    };
}
