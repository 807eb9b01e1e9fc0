using NodaTime;
using NodaTime.Text;

namespace Negotiation.Model.Cli;

/// <summary>Builds the report of a case for a request: the moment (as of, known on), the view and the sections.</summary>
internal static class CaseReport
{
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>Builds the report.</summary>
    /// <param name="negotiation">The whole case.</param>
    /// <param name="request">What was asked for.</param>
    /// <returns>The report.</returns>
        public static Report Build(NegotiationCase negotiation, ReportRequest request)
    {
        var (shown, asOf, perspective) = View(negotiation, request);
        return new Report(
            shown.Id.ToString(),
            shown.Title,
            perspective,
            asOf.ToString("uuuu-MM-dd", null),
            Parties(shown, asOf),
            Demands(shown),
            Documents(shown),
            Rounds(shown),
            [.. shown.BrokenCommitments().Select(b => new BreachLine(b.Round.ToString(), b.Commitment.ToString(), b.Reason))],
            [.. Milestones(shown, asOf).Select(m => new MilestoneLine(m.Agreement.ToString(), DataName.Of(m.Kind), m.Day is { } d ? Day.Format(d) : "not fixed yet"))],
            [.. shown.MissedDues(asOf).Select(m => new MissedDueLine(m.Deadline.ToString(), Day.Format(m.Due), m.Certainty.IsYes ? "missed" : "possibly missed", m.ExtendedTo is { } e ? Day.Format(e) : string.Empty))],
            [.. Roles(shown).Select(r => new RoleLine(r.Holder, DataName.Of(r.Role.Kind), r.Role.For?.ToString() ?? string.Empty, r.Round?.ToString() ?? "the negotiation", r.From?.ToString() ?? string.Empty, r.To?.ToString() ?? string.Empty))],
            [.. Sessions(shown).Select(r => new SessionLine(r.Id.ToString(), r.PartOf!.Value.ToString(), DataName.Of(r.Kind), r.Planned.ToString(), DataName.Of(r.Status)))],
            [.. shown.DisputedDates().Select(d => new CompetingReportLine(d.Fact.Describe(), d.Accepted.ToString(), string.Join("; ", d.Reports.Select(r => $"{r.Source.Outlet} says {r.Claimed}"))))],
            Positions(shown),
            [.. Timeline(shown, asOf).Select(e => new TimelineLine(e.When, e.IsApproximate, e.Fact.Describe()))]);
    }

    /// <summary>Every role: the tenures of roles in the negotiation as a whole, in the order taken, then each round's roles
    /// and person chairs in round order.</summary>
    /// <param name="negotiation">The case shown.</param>
    /// <returns>The roles, each with its holder's id and, for a tenure, its period.</returns>
    public static IEnumerable<(string Holder, RoundRole Role, RoundId? Round, Moment? From, Moment? To)> Roles(NegotiationCase negotiation) =>
        negotiation.Roles().Select(t => (Holder(t.Role), t.Role, (RoundId?)null, (Moment?)t.Began, t.Ended))
            .Concat(from round in negotiation.Rounds.Values
                    from role in (round.ChairPerson is { } chair ? [RoundRole.OfPerson(RoleKind.Chair, chair)] : Enumerable.Empty<RoundRole>()).Concat(round.Roles)
                    select (Holder(role), role, (RoundId?)round.Id, (Moment?)null, (Moment?)null));

    /// <summary>The rounds that belong to a longer round, in id order.</summary>
    /// <param name="negotiation">The case shown.</param>
    /// <returns>The sessions.</returns>
    public static IEnumerable<Round> Sessions(NegotiationCase negotiation) => negotiation.Rounds.Values.Where(r => r.PartOf is not null);

    private static string Holder(RoundRole role) => role.Party?.ToString() ?? role.Person?.ToString() ?? string.Empty;

    /// <summary>Each agreement's milestones (adoption, entry into force, then its named ones), dated as of the day by the case
    /// (a rule may read a deadline's day in force).</summary>
    /// <param name="negotiation">The case shown.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The agreement, the milestone and its day, if fixed.</returns>
    public static IEnumerable<(AgreementId Agreement, MilestoneKind Kind, LocalDate? Day)> Milestones(NegotiationCase negotiation, LocalDate asOf) =>
        from agreement in negotiation.Agreements.Values
        from kind in new[] { MilestoneKind.Adoption, MilestoneKind.EntryIntoForce }.Concat(agreement.Milestones.Select(m => m.Kind))
        select (agreement.Id, kind, negotiation.MilestoneDate(agreement.Id, kind, asOf));

    /// <summary>The case as the request asks to see it, the day it is seen as of, and that perspective in words.</summary>
    /// <param name="negotiation">The whole case.</param>
    /// <param name="request">What was asked for.</param>
    /// <returns>The case shown, the day, the words.</returns>
    public static (NegotiationCase Shown, LocalDate AsOf, string Perspective) View(NegotiationCase negotiation, ReportRequest request)
    {
        var perspective = new List<string>();
        var shown = negotiation;
        if (request.KnownOn is { } knownOn)
        {
            shown = shown.KnownOn(CaseInput.EndOf(knownOn));
            perspective.Add($"as known on {Day.Format(knownOn)}");
        }

        var asOf = request.AsOf ?? request.KnownOn ?? LatestDay(negotiation);
        if (request.AsOf is { } date)
        {
            shown = shown.AsOf(date);
        }

        perspective.Insert(0, $"as of {Day.Format(asOf)}");
        if (request.View is { } party)
        {
            shown = shown.AsSeenBy(party);
            perspective.Add($"as seen by {Name(negotiation, party)}");
        }

        return (shown, asOf, string.Join(", ", perspective));
    }

    /// <summary>Writes an enum value as words: <c>PartlyRejected</c> becomes "partly rejected".</summary>
    private static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var words = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static string Name(NegotiationCase negotiation, PartyId party) =>
        negotiation.Parties.TryGetValue(party, out var known) ? known.Name : party.ToString();

    /// <summary>Registering parties, people and topics sets the stage; the timeline tells what happened on it.</summary>
    private static bool IsSetUp(Fact fact) => fact is PartyRegistered or TopicDefined or RepresentativeAppointed;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate LatestDay(NegotiationCase negotiation) =>
        negotiation.Log.IsEmpty ? new LocalDate(2000, 1, 1) : negotiation.Log.Max(f => f.Occurred.LatestDate);

    private static LocalDate EarliestDay(NegotiationCase negotiation) =>
        negotiation.Log.IsEmpty ? new LocalDate(2000, 1, 1) : negotiation.Log.Min(f => f.Occurred.EarliestDate);

    /// <summary>The timeline up to the day, without the facts that only set the stage.</summary>
    public static IEnumerable<TimelineEntry> Timeline(NegotiationCase shown, LocalDate asOf) =>
        shown.Timeline(Min(EarliestDay(shown), asOf), asOf).Where(e => !IsSetUp(e.Fact));

    /// <summary>The parties that take part in the talks: organisations, groups, and every state that authors, receives,
    /// sits at, says or agrees something.</summary>
    public static HashSet<PartyId> Involved(NegotiationCase negotiation)
    {
        var involved = new HashSet<PartyId>(negotiation.Parties.Values.Where(p => p is not State).Select(p => p.Id));
        involved.UnionWith(negotiation.Demands.Values.SelectMany(d => d.Addressees.Append(d.Author)));
        involved.UnionWith(negotiation.Documents.Values.SelectMany(d => d.Authors.Concat(d.Addressees)));
        involved.UnionWith(negotiation.Rounds.Values.SelectMany(r => r.Participants));
        involved.UnionWith(negotiation.Statements.Values.SelectMany(s => s.Addressees.Append(s.Party)));
        involved.UnionWith(negotiation.Statements.Values.SelectMany(s => s.About).Where(a => a.Kind == SubjectKind.Party).Select(a => new PartyId(a.Id)));
        involved.UnionWith(negotiation.Commitments.Values.SelectMany(c => c.Rule is ParticipationRule required ? c.Parties.Append(required.Party) : c.Parties));
        involved.UnionWith(negotiation.Representatives.Values.Select(r => r.Party));
        return involved;
    }

    /// <summary>The parties involved, and a line summing up the states that appear only as members.</summary>
    private static List<PartyLine> Parties(NegotiationCase negotiation, LocalDate asOf)
    {
        var involved = Involved(negotiation);
        var lines = Lines(negotiation.Parties.Values.Where(p => involved.Contains(p.Id)), asOf);
        var others = negotiation.Parties.Count - lines.Count;
        if (others > 0)
        {
            lines.Add(new PartyLine("…", $"{others} other states, members of the organisations and groups above", "states", null, null, null));
        }

        return lines;
    }

    private static List<PartyLine> Lines(IEnumerable<Party> parties, LocalDate asOf) =>
    [
        .. parties.Select(p => new PartyLine(
            p.Id.ToString(),
            p.Name,
            Words(p.Kind),
            (p as State)?.IsoCode,
            p switch { Organisation o => Members(o, asOf), PartyGroup g => g.Members.Count, _ => null },
            (p as Organisation)?.PartOf?.ToString())),
    ];

    /// <summary>How many members an organisation has on the day; none shown for a body of another party that has none
    /// (the European Council is part of the EU; its members are not modelled as memberships).</summary>
    private static int? Members(Organisation organisation, LocalDate asOf) =>
        organisation.MembersOn(asOf).Count is var count && (count > 0 || organisation.PartOf is null) ? count : null;

    private static List<DemandLine> Demands(NegotiationCase negotiation) =>
    [
        .. negotiation.Demands.Values.Select(d => new DemandLine(
            d.Id.ToString(),
            Name(negotiation, d.Author),
            d.Text,
            Words(d.Kind),
            negotiation.DemandLifecycles[d.Id].Tabled.ToString(),
            d.Source?.ToString(),
            [.. negotiation.StatusesOf(d.Id).Select(s => new StatusLine(Name(negotiation, s.Addressee), Words(s.Status), s.Reason))])),
    ];

    private static List<DocumentLine> Documents(NegotiationCase negotiation) =>
    [
        .. negotiation.Documents.Values.Select(d => new DocumentLine(
            d.Id.ToString(),
            Words(d.Kind),
            d.Title,
            string.Join(", ", d.Authors.Select(id => Name(negotiation, id))),
            string.Join(", ", d.Addressees.Select(id => Name(negotiation, id))),
            d.HandedOver?.ToString(),
            d.Revisions.Count,
            d.Disclosed is { } disclosed ? $"public since {disclosed} ({Words(d.DisclosedBy!.Value)})" : Words(d.Visibility))),
    ];

    private static List<RoundLine> Rounds(NegotiationCase negotiation) =>
    [
        .. negotiation.Readiness().Select(r =>
        {
            var round = negotiation.Rounds[r.Round];
            return new RoundLine(
                round.Id.ToString(),
                round.Title ?? string.Empty,
                Words(round.Format),
                string.Join(", ", round.Participants.Select(id => Name(negotiation, id))),
                round.Planned.ToString(),
                Words(round.Status),
                r.CanStart.ToString(),
                r.Reason);
        }),
    ];

    private static List<PositionLine> Positions(NegotiationCase negotiation)
    {
        var subjects = negotiation.Demands.Keys.Select(SubjectRef.Demand).Concat(negotiation.Documents.Keys.Select(SubjectRef.Document));
        return
        [
            .. from party in negotiation.Parties.Keys
               from subject in subjects
               let position = negotiation.PositionOf(party, subject)
               where position is not null
               select new PositionLine(
                   Name(negotiation, party),
                   subject.ToString(),
                   Words(position.Stance),
                   position.Extent == Extent.Part ? "in part" : "whole",
                   position.Since.ToString(),
                   position.Statement.ToString()),
        ];
    }
}
