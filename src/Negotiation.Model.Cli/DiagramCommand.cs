using System.CommandLine;
using System.Globalization;
using System.Text;
using Negotiation.Model.Json;

namespace Negotiation.Model.Cli;

/// <summary><c>negotiation diagram [FILE] --format mermaid|gantt|dot [--as-of D]</c>: the rounds with their precondition
/// edges and statuses as a Mermaid flowchart or a Graphviz graph, or their timeline as a Mermaid gantt chart. Each output
/// is one diagram, as Mermaid and Graphviz require.</summary>
internal static class DiagramCommand
{
    public static Command Create(NegotiationCommand.Context context)
    {
        var file = NegotiationCommand.FileArgument();
        var format = new Option<string>("--format") { Description = "mermaid (a flowchart of the rounds), gantt (a Mermaid gantt timeline of the rounds) or dot (Graphviz).", DefaultValueFactory = _ => "mermaid", HelpName = "mermaid|gantt|dot" };
        format.AcceptOnlyFromAmong("mermaid", "gantt", "dot");
        var asOf = new Option<string?>("--as-of") { Description = "Draw the rounds as they stood at the end of this day (yyyy-MM-dd).", HelpName = "yyyy-MM-dd" };
        var command = new Command("diagram", "Draws the rounds: each with its status and whether it can start, and an arrow from every round it waits for (held or concluded); or their timeline (--format gantt).")
        {
            file, format, asOf,
        };
        command.SetAction(result => NegotiationCommand.Guard(context.Error, () =>
        {
            var negotiation = context.Load(result.GetValue(file));
            if (CaseInput.Date(result.GetValue(asOf), "--as-of") is { } day)
            {
                negotiation = negotiation.AsOf(day);
            }

            var rounds = Rounds(negotiation);
            context.Output.Write(result.GetValue(format) switch
            {
                "dot" => Dot(negotiation, rounds),
                "gantt" => Gantt(negotiation, rounds),
                _ => Mermaid(negotiation, rounds),
            });
            return 0;
        }));
        return command;
    }

    /// <summary>A round as drawn: its label lines, its state, and the rounds it waits for.</summary>
    internal sealed record Drawn(Round Round, string Label, string State, IReadOnlyList<(RoundId From, string How)> Waits, int OtherConditions);

    internal static List<Drawn> Rounds(NegotiationCase negotiation) =>
    [
        .. negotiation.Readiness().Select(r =>
        {
            var round = negotiation.Rounds[r.Round];
            var waits = new List<(RoundId, string)>();
            var others = 0;
            Walk(round.Precondition, negated: false, waits, ref others);
            var state = round.Status switch
            {
                RoundStatus.Held or RoundStatus.Concluded => Name(round.Status),
                RoundStatus.Cancelled => "cancelled",
                _ => r.CanStart.IsYes ? "ready" : r.CanStart.IsNo ? "blocked" : "undetermined",
            };
            var label = $"{round.Title ?? round.Id.Value}\n{round.Planned}\n{Name(round.Status)}, can start: {r.CanStart}";
            return new Drawn(round, label, state, waits, others);
        }),
    ];

    internal static string Mermaid(NegotiationCase negotiation, List<Drawn> rounds)
    {
        var s = new StringBuilder();
        s.Append("%% ").Append(negotiation.Title).Append(" (").Append(negotiation.Id).Append("): rounds and what each waits for\n");
        s.Append("flowchart LR\n");
        foreach (var d in rounds)
        {
            s.Append("  ").Append(Node(d.Round.Id)).Append("[\"").Append(MermaidText(d.Label).Replace("\n", "<br/>", StringComparison.Ordinal)).Append("\"]:::").Append(d.State).Append('\n');
        }

        foreach (var d in rounds)
        {
            foreach (var (from, how) in d.Waits)
            {
                s.Append("  ").Append(Node(from)).Append(" -->|").Append(how).Append("| ").Append(Node(d.Round.Id)).Append('\n');
            }
        }

        s.Append("  classDef ready fill:#d4edda,stroke:#2e7d32\n");
        s.Append("  classDef blocked fill:#f8d7da,stroke:#c62828\n");
        s.Append("  classDef undetermined fill:#fff3cd,stroke:#f9a825\n");
        s.Append("  classDef held fill:#d6e4f0,stroke:#1565c0\n");
        s.Append("  classDef concluded fill:#d6e4f0,stroke:#1565c0\n");
        s.Append("  classDef cancelled fill:#eeeeee,stroke:#757575,stroke-dasharray: 4 4\n");
        return s.ToString();
    }

    internal static string Gantt(NegotiationCase negotiation, List<Drawn> rounds)
    {
        var s = new StringBuilder();
        s.Append("%% ").Append(negotiation.Title).Append(" (").Append(negotiation.Id).Append("): when the rounds are planned or were held\n");
        s.Append("gantt\n");
        s.Append("  title ").Append(MermaidText(negotiation.Title).Replace(":", " -", StringComparison.Ordinal)).Append('\n');
        s.Append("  dateFormat YYYY-MM-DD\n");
        s.Append("  section Rounds\n");
        foreach (var d in rounds.OrderBy(d => d.Round.Start.EarliestDate).ThenBy(d => d.Round.Id))
        {
            var window = d.Round.Start.Window;
            var tags = d.State switch { "held" or "concluded" => "done, ", "blocked" => "crit, ", "ready" => "active, ", _ => string.Empty };
            s.Append("  ").Append(MermaidText(d.Round.Title ?? d.Round.Id.Value).Replace(":", " -", StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal))
                .Append(" :").Append(tags).Append(Node(d.Round.Id)).Append(", ").Append(DateNotation.Format(window.Start)).Append(", ")
                .Append(window.LengthInDays.ToString(CultureInfo.InvariantCulture)).Append("d\n");
        }

        return s.ToString();
    }

    internal static string Dot(NegotiationCase negotiation, List<Drawn> rounds)
    {
        var s = new StringBuilder();
        s.Append("// ").Append(negotiation.Title).Append(" (").Append(negotiation.Id).Append("): rounds and what each waits for\n");
        s.Append("digraph rounds {\n");
        s.Append("  rankdir=LR;\n");
        s.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        foreach (var d in rounds)
        {
            var (fill, line) = d.State switch
            {
                "ready" => ("#d4edda", "solid"),
                "blocked" => ("#f8d7da", "solid"),
                "undetermined" => ("#fff3cd", "solid"),
                "cancelled" => ("#eeeeee", "dashed"),
                _ => ("#d6e4f0", "solid"),
            };
            var extra = d.OtherConditions > 0 ? $"\n+ {d.OtherConditions} other condition{(d.OtherConditions == 1 ? string.Empty : "s")}" : string.Empty;
            s.Append("  ").Append(DotId(d.Round.Id.Value)).Append(" [label=").Append(DotId(d.Label + extra)).Append(", fillcolor=\"").Append(fill)
                .Append("\", style=\"rounded,filled,").Append(line).Append("\"];\n");
        }

        foreach (var d in rounds)
        {
            foreach (var (from, how) in d.Waits)
            {
                s.Append("  ").Append(DotId(from.Value)).Append(" -> ").Append(DotId(d.Round.Id.Value)).Append(" [label=").Append(DotId(how)).Append("];\n");
            }
        }

        s.Append("}\n");
        return s.ToString();
    }

    private static void Walk(Precondition? condition, bool negated, List<(RoundId, string)> waits, ref int others)
    {
        switch (condition)
        {
            case null:
                return;
            case RoundHeldCondition c:
                waits.Add((c.Round, negated ? "not held" : "held"));
                break;
            case RoundConcludedCondition c:
                waits.Add((c.Round, negated ? "not concluded" : "concluded"));
                break;
            case AllOfCondition c:
                foreach (var part in c.Parts)
                {
                    Walk(part, negated, waits, ref others);
                }

                break;
            case AnyOfCondition c:
                foreach (var part in c.Parts)
                {
                    Walk(part, negated, waits, ref others);
                }

                break;
            case NotCondition c:
                Walk(c.Part, !negated, waits, ref others);
                break;
            default:
                others++;
                break;
        }
    }

    // Mermaid node ids: letters, digits and underscores.
    private static string Node(RoundId id) => "r_" + id.Value.Replace('-', '_');

    private static string MermaidText(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);

    private static string DotId(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Name(RoundStatus status) => status.ToString().ToLowerInvariant();
}
