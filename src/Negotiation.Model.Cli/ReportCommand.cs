using System.CommandLine;

namespace Negotiation.Model.Cli;

/// <summary><c>negotiation [report] [FILE] [--as-of D] [--known-on D] [--view PARTY] [--format text|json]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(NegotiationCommand.Context context)
    {
        var command = new Command("report", "Prints the report of a case: parties, demands and their status per addressee, documents, rounds and whether they can start, commitments at risk, positions and the timeline.");
        AddTo(command, context);
        return command;
    }

    /// <summary>Adds the report's argument, options and action to a command (the root runs the report too).</summary>
    public static void AddTo(Command command, NegotiationCommand.Context context)
    {
        var file = NegotiationCommand.FileArgument();
        var asOf = new Option<string?>("--as-of") { Description = "Report the case as the world stood at the end of this day (yyyy-MM-dd).", HelpName = "yyyy-MM-dd" };
        var knownOn = new Option<string?>("--known-on") { Description = "Report what had been recorded by the end of this day, UTC (yyyy-MM-dd).", HelpName = "yyyy-MM-dd" };
        var view = new Option<string?>("--view") { Description = "Report only what this party could see (a party id such as 'nato').", HelpName = "party" };
        var format = new Option<string>("--format") { Description = "text (tables) or json (data).", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        command.Arguments.Add(file);
        command.Options.Add(asOf);
        command.Options.Add(knownOn);
        command.Options.Add(view);
        command.Options.Add(format);
        command.SetAction(result => NegotiationCommand.Guard(context.Error, () =>
        {
            var negotiation = context.Load(result.GetValue(file));
            var request = new ReportRequest(
                CaseInput.Date(result.GetValue(asOf), "--as-of"),
                CaseInput.Date(result.GetValue(knownOn), "--known-on"),
                CaseInput.Party(result.GetValue(view), "--view", negotiation),
                result.GetValue(format) == "json" ? ReportFormat.Json : ReportFormat.Text);
            if (request.Format == ReportFormat.Json)
            {
                JsonReportWriter.Write(ReportData.Build(negotiation, request), context.Output);
            }
            else
            {
                TextReportWriter.Write(CaseReport.Build(negotiation, request), context.Output, context.Width);
            }

            return 0;
        }));
    }
}
