using System.Text.Json.Serialization;
using Negotiation.Model.Json;

namespace Negotiation.Model.Cli;

/// <summary>The report as data, for <c>--format json</c>: ids rather than names, dates in the case-file notation
/// (ISO 8601, EDTF, RFC 9557), booleans and numbers. Described by <c>report.schema.json</c>.</summary>
internal sealed record ReportData(
    string Case,
    string Title,
    string AsOf,
    string? KnownOn,
    string? View,
    IReadOnlyList<PartyData> Parties,
    IReadOnlyList<DemandData> Demands,
    IReadOnlyList<DocumentData> Documents,
    IReadOnlyList<RoundData> Rounds,
    IReadOnlyList<BreachData> CommitmentsAtRisk,
    IReadOnlyList<MilestoneData> Milestones,
    IReadOnlyList<MissedDueData> MissedDues,
    IReadOnlyList<RoleData> Roles,
    IReadOnlyList<SessionData> Sessions,
    IReadOnlyList<CompetingReportData> CompetingReports,
    IReadOnlyList<PositionData> Positions,
    IReadOnlyList<TimelineData> Timeline)
{
    /// <summary>Builds the data for a request, from the same view of the case as the text report.</summary>
    public static ReportData Build(NegotiationCase negotiation, ReportRequest request)
    {
        var (shown, asOf, _) = CaseReport.View(negotiation, request);
        var involved = CaseReport.Involved(shown);
        return new ReportData(
            shown.Id.Value,
            shown.Title,
            DateNotation.Format(asOf),
            request.KnownOn is { } knownOn ? DateNotation.Format(knownOn) : null,
            request.View?.Value,
            [.. shown.Parties.Values.Where(p => involved.Contains(p.Id)).Select(p => new PartyData(
                p.Id.Value, p.Name, DataName.Of(p.Kind), (p as State)?.IsoCode, p is Organisation o ? [.. o.MembersOn(asOf).Select(m => m.Value)] : p is PartyGroup g ? [.. g.Members.Select(m => m.Value)] : null,
                (p as Organisation)?.PartOf?.Value))],
            [.. shown.Demands.Values.Select(d => new DemandData(
                d.Id.Value, d.Author.Value, Ids(d.Addressees), d.Text, DataName.Of(d.Kind), DateNotation.Format(shown.DemandLifecycles[d.Id].Tabled),
                d.Source?.Provision is { } p ? new SourceData(p.Document.Value, p.Revision, p.Article, null) : d.Source?.Statement is { } s ? new SourceData(null, null, null, s.Value) : null,
                [.. shown.StatusesOf(d.Id).Select(a => new StatusData(a.Addressee.Value, DataName.Of(a.Status), a.Reason))]))],
            [.. shown.Documents.Values.Select(d => new DocumentData(
                d.Id.Value, DataName.Of(d.Kind), d.Title, Ids(d.Authors), Ids(d.Addressees), Optional(d.HandedOver), d.Revisions.Count, DataName.Of(d.Visibility),
                Optional(d.Disclosed), d.DisclosedBy is { } by ? DataName.Of(by) : null))],
            [.. shown.Readiness().Select(r =>
            {
                var round = shown.Rounds[r.Round];
                return new RoundData(round.Id.Value, round.Title, DataName.Of(round.Format), [.. round.Participants.Select(p => p.Value)], DateNotation.Format(round.Planned), DataName.Of(round.Status), Boolean(r.CanStart), r.Reason);
            })],
            [.. shown.BrokenCommitments().Select(b => new BreachData(b.Round.Value, b.Commitment.Value, b.Reason))],
            [.. CaseReport.Milestones(shown, asOf).Select(m => new MilestoneData(m.Agreement.Value, DataName.Of(m.Kind), m.Day is { } d ? DateNotation.Format(d) : null))],
            [.. shown.MissedDues(asOf).Select(m => new MissedDueData(m.Deadline.Value, DateNotation.Format(m.Due), Boolean(m.Certainty), m.ExtendedTo is { } e ? DateNotation.Format(e) : null))],
            [.. CaseReport.Roles(shown).Select(r => new RoleData(r.Role.Party?.Value, r.Role.Person?.Value, DataName.Of(r.Role.Kind), r.Role.For?.Value, r.Round?.Value, Optional(r.From), Optional(r.To)))],
            [.. CaseReport.Sessions(shown).Select(r => new SessionData(r.Id.Value, r.PartOf!.Value.Value, DataName.Of(r.Kind), DateNotation.Format(r.Planned), DataName.Of(r.Status)))],
            [.. shown.DisputedDates().Select(d => new CompetingReportData(CaseFile.FactTypes.First(t => t.Value == d.Fact.GetType()).Key, d.Fact.Describe(), DateNotation.Format(d.Accepted), [.. d.Reports.Select(r => new ClaimData(r.Source.Outlet, DateNotation.Format(r.Source.ReportedOn), DateNotation.Format(r.Claimed)))]))],
            [.. from party in shown.Parties.Keys
                from subject in shown.Demands.Keys.Select(SubjectRef.Demand).Concat(shown.Documents.Keys.Select(SubjectRef.Document))
                let position = shown.PositionOf(party, subject)
                where position is not null
                select new PositionData(party.Value, $"{DataName.Of(subject.Kind)}:{subject.Id}", DataName.Of(position.Stance), DataName.Of(position.Extent), DateNotation.Format(position.Since), position.Statement.Value)],
            [.. CaseReport.Timeline(shown, asOf).Select(e => new TimelineData(DateNotation.Format(e.Fact.Occurred), !e.Fact.Occurred.IsPrecise, CaseFile.FactTypes.First(t => t.Value == e.Fact.GetType()).Key, e.Fact.Describe()))]);
    }

    /// <summary>A three-valued answer as JSON: true, false, or null for undetermined.</summary>
    private static bool? Boolean(Truth truth) => truth.IsYes ? true : truth.IsNo ? false : null;

    private static string? Optional(Moment? moment) => moment is { } m ? DateNotation.Format(m) : null;

    private static IReadOnlyList<string> Ids(EquatableArray<PartyId> ids) => [.. ids.Select(i => i.Value)];
}

/// <summary>A party; <c>members</c> lists an organisation's members on the day, or a group's; <c>partOf</c> names the
/// party an organisation is a body, organ or unit of.</summary>
internal sealed record PartyData(string Id, string Name, string Kind, string? IsoCode, IReadOnlyList<string>? Members, string? PartOf);

/// <summary>A demand and its status with each addressee.</summary>
internal sealed record DemandData(string Id, string Author, IReadOnlyList<string> Addressees, string Text, string Kind, string Tabled, SourceData? MadeIn, IReadOnlyList<StatusData> Statuses);

/// <summary>Where a demand was made: a document's article, or a statement.</summary>
internal sealed record SourceData(string? Document, int? Revision, string? Article, string? Statement);

/// <summary>A demand's status with one addressee, and why.</summary>
internal sealed record StatusData(string Addressee, string Status, string Reason);

/// <summary>A document.</summary>
internal sealed record DocumentData(string Id, string Kind, string Title, IReadOnlyList<string> Authors, IReadOnlyList<string> Addressees, string? HandedOver, int Revisions, string Visibility, string? Disclosed, string? DisclosedBy);

/// <summary>A round; <c>canStart</c> is true, false, or null when the facts are too approximately dated to say.</summary>
internal sealed record RoundData(string Id, string? Title, string Format, IReadOnlyList<string> Sides, string Planned, string Status, bool? CanStart, string Reason);

/// <summary>A round that breaks a commitment.</summary>
internal sealed record BreachData(string Round, string Commitment, string Reason);

/// <summary>A milestone of an agreement; <c>day</c> is null while the facts do not fix it.</summary>
internal sealed record MilestoneData(string Agreement, string Milestone, string? Day);

/// <summary>A deadline day that passed without its goal; <c>missed</c> is true, or null when approximate times leave it open.</summary>
internal sealed record MissedDueData(string Deadline, string Due, bool? Missed, string? ExtendedTo);

/// <summary>A role: held by a party or a person, for a group or not, in a round or (with its period) in the negotiation as a whole.</summary>
internal sealed record RoleData(string? Party, string? Person, string Role, string? For, string? Round, string? From, string? To);

/// <summary>A session or side meeting of a longer round.</summary>
internal sealed record SessionData(string Id, string PartOf, string Kind, string Planned, string Status);

/// <summary>A fact whose sources claim different dates.</summary>
internal sealed record CompetingReportData(string Type, string Description, string Accepted, IReadOnlyList<ClaimData> Reports);

/// <summary>One source's claim about when a fact happened.</summary>
internal sealed record ClaimData(string Outlet, string ReportedOn, string Claimed);

/// <summary>A party's stance on a demand or document.</summary>
internal sealed record PositionData(string Party, string Subject, string Stance, string Extent, string Since, string Statement);

/// <summary>A fact of the timeline: when (case-file notation), whether that is approximate, its type, in words.</summary>
internal sealed record TimelineData(string When, bool Approximate, string Type, string Description);

/// <summary>The source-generated serializer of the JSON output: no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReportData))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
