using Spectre.Console;
using Spectre.Console.Rendering;

namespace Negotiation.Model.Cli;

/// <summary>Prints the report as tables for people.</summary>
internal static class TextReportWriter
{
    /// <summary>Prints the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to print it.</param>
    /// <param name="width">The width to lay the tables out for: the terminal's, or a default when piped.</param>
    public static void Write(Report report, TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;

        console.Write(new Rule(Markup.Escape($"{report.Title} ({report.Case}), {report.Perspective}")).LeftJustified());
        Section(console, "Parties", ["Party", "Name", "Kind", "ISO", "Members", "Part of"],
            report.Parties.Select(p => new[] { p.Id, p.Name, p.Kind, p.IsoCode ?? string.Empty, p.Members?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, p.PartOf ?? string.Empty }));
        Section(console, "Demands and their status per addressee", ["Demand", "Of", "What", "Tabled", "Status", "Why"],
            report.Demands.SelectMany(d => d.Statuses.Select(s => new[] { d.Id, $"{d.Author} of {s.Addressee}", d.Text, d.Tabled, s.Status, s.Reason })));
        Section(console, "Documents", ["Document", "Title", "From", "To", "Handed over", "Revisions", "Visibility"],
            report.Documents.Select(d => new[] { d.Id, d.Title, d.Authors, d.Addressees, d.HandedOver ?? string.Empty, d.Revisions.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Visibility }));
        Section(console, "Rounds", ["Round", "Sides", "Planned", "Status", "Can start", "Why"],
            report.Rounds.Select(r => new[] { r.Title.Length > 0 ? $"{r.Title} ({r.Id})" : r.Id, r.Sides, r.Planned, r.Status, r.CanStart, r.Reason }));
        Section(console, "Commitments at risk", ["Round", "Commitment", "Why"],
            report.CommitmentsAtRisk.Select(b => new[] { b.Round, b.Commitment, b.Reason }));
        Section(console, "Agreement milestones", ["Agreement", "Milestone", "Day"],
            report.Milestones.Select(m => new[] { m.Agreement, m.Milestone, m.Day }));
        Section(console, "Missed deadlines", ["Deadline", "Due", "Missed", "Extended to"],
            report.MissedDues.Select(m => new[] { m.Deadline, m.Due, m.Certainty, m.ExtendedTo }));
        Section(console, "Roles", ["Holder", "Role", "For", "In", "From", "To"],
            report.Roles.Select(r => new[] { r.Holder, r.Role, r.For, r.In, r.From, r.To }));
        Section(console, "Sessions", ["Session", "Part of", "Kind", "Planned", "Status"],
            report.Sessions.Select(r => new[] { r.Session, r.PartOf, r.Kind, r.Planned, r.Status }));
        Section(console, "Competing reports", ["What", "Accepted", "Reports"],
            report.CompetingReports.Select(r => new[] { r.What, r.Accepted, r.Reports }));
        Section(console, "Positions", ["Party", "On", "Stance", "Extent", "Since", "Statement"],
            report.Positions.Select(p => new[] { p.Party, p.Subject, p.Stance, p.Extent, p.Since, p.Statement }));
        Section(console, "Timeline (parties, people and topics registered are left out)", ["When", "What"],
            report.Timeline.Select(t => new[] { t.When, t.What }));
    }

    private static void Section(IAnsiConsole console, string title, string[] headers, IEnumerable<string[]> rows)
    {
        console.WriteLine();
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Plain(header)));
        }

        var count = 0;
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => (IRenderable)Plain(cell))]);
            count++;
        }

        if (count == 0)
        {
            console.WriteLine($"{title}: none.");
            return;
        }

        console.Write(table);
    }

    private static Text Plain(string text) => new(text);
}
