namespace Negotiation.Model.Cli;

/// <summary>The report, as plain values: the text and JSON writers print the same content.</summary>
/// <param name="Case">The case id.</param>
/// <param name="Title">The case title.</param>
/// <param name="Perspective">Whose view and which moment, in words.</param>
/// <param name="AsOf">The day the report is as of.</param>
/// <param name="Parties">The parties.</param>
/// <param name="Demands">The demands and their status per addressee.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Rounds">The rounds and whether they can start.</param>
/// <param name="CommitmentsAtRisk">Rounds that break commitments.</param>
/// <param name="Milestones">Each agreement's milestones, dated as far as the facts fix them.</param>
/// <param name="MissedDues">Deadline days that passed without their goal, in order.</param>
/// <param name="Roles">Who holds or held a role: in the negotiation as a whole (dated) or in one round.</param>
/// <param name="Sessions">Rounds that are sessions or side meetings of a longer round.</param>
/// <param name="CompetingReports">Facts whose sources claim different dates.</param>
/// <param name="Positions">Every stance a party has taken.</param>
/// <param name="Timeline">Every fact, in order.</param>
internal sealed record Report(
    string Case,
    string Title,
    string Perspective,
    string AsOf,
    IReadOnlyList<PartyLine> Parties,
    IReadOnlyList<DemandLine> Demands,
    IReadOnlyList<DocumentLine> Documents,
    IReadOnlyList<RoundLine> Rounds,
    IReadOnlyList<BreachLine> CommitmentsAtRisk,
    IReadOnlyList<MilestoneLine> Milestones,
    IReadOnlyList<MissedDueLine> MissedDues,
    IReadOnlyList<RoleLine> Roles,
    IReadOnlyList<SessionLine> Sessions,
    IReadOnlyList<CompetingReportLine> CompetingReports,
    IReadOnlyList<PositionLine> Positions,
    IReadOnlyList<TimelineLine> Timeline);

/// <summary>A party; <c>Members</c> is empty for a state, and for a body of another party (<c>PartOf</c>) without
/// members of its own on the day.</summary>
internal sealed record PartyLine(string Id, string Name, string Kind, string? IsoCode, int? Members, string? PartOf);

/// <summary>A demand with its status per addressee.</summary>
internal sealed record DemandLine(string Id, string Author, string Text, string Kind, string Tabled, string? Source, IReadOnlyList<StatusLine> Statuses);

/// <summary>A demand's status with one addressee.</summary>
internal sealed record StatusLine(string Addressee, string Status, string Reason);

/// <summary>A document.</summary>
internal sealed record DocumentLine(string Id, string Kind, string Title, string Authors, string Addressees, string? HandedOver, int Revisions, string Visibility);

/// <summary>A round and whether it can start.</summary>
internal sealed record RoundLine(string Id, string Title, string Format, string Sides, string Planned, string Status, string CanStart, string Reason);

/// <summary>A round that breaks a commitment.</summary>
internal sealed record BreachLine(string Round, string Commitment, string Reason);

/// <summary>A milestone of an agreement and its day (empty while the facts do not fix it).</summary>
internal sealed record MilestoneLine(string Agreement, string Milestone, string Day);

/// <summary>A deadline day that passed without its goal.</summary>
internal sealed record MissedDueLine(string Deadline, string Due, string Certainty, string ExtendedTo);

/// <summary>A role and its holder, where (the negotiation or a round) and when.</summary>
internal sealed record RoleLine(string Holder, string Role, string For, string In, string From, string To);

/// <summary>A session or side meeting of a longer round.</summary>
internal sealed record SessionLine(string Session, string PartOf, string Kind, string Planned, string Status);

/// <summary>A fact whose sources claim different dates: the accepted date and what each source says.</summary>
internal sealed record CompetingReportLine(string What, string Accepted, string Reports);

/// <summary>A party's stance on a demand or document.</summary>
internal sealed record PositionLine(string Party, string Subject, string Stance, string Extent, string Since, string Statement);

/// <summary>One fact of the timeline.</summary>
internal sealed record TimelineLine(string When, bool Approximate, string What);
