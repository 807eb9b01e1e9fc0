using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Negotiation.Model.Testing;

namespace Negotiation.Model.Cli;

/// <summary>The <c>negotiation</c> command: parses the options, builds the report and prints it.</summary>
internal static class NegotiationCommand
{
    /// <summary>Exit code for bad arguments.</summary>
    public const int UsageError = 2;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="negotiation">The case to report on; the built-in seed scenario when omitted.</param>
    /// <returns>The exit code: 0, or 2 for bad arguments.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, NegotiationCase? negotiation = null)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Report the case as the world stood at the end of this day (yyyy-MM-dd).", HelpName = "yyyy-MM-dd" };
        var knownOn = new Option<string?>("--known-on") { Description = "Report what had been recorded by the end of this day, UTC (yyyy-MM-dd).", HelpName = "yyyy-MM-dd" };
        var view = new Option<string?>("--view") { Description = "Report only what this party could see (a party id such as 'nato').", HelpName = "party" };
        var format = new Option<string>("--format") { Description = "text (tables) or json.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");

        var root = new RootCommand("Prints a report of a negotiation case: parties, demands and their status per addressee, documents, rounds and whether they can start, commitments at risk, positions and the timeline.")
        {
            asOf, knownOn, view, format,
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return Usage(error, parsed.Errors[0].Message, "run 'negotiation --help' to see the options");
        }

        root.SetAction(result =>
        {
            try
            {
                var request = new ReportRequest(
                    Date(result.GetValue(asOf), "--as-of"),
                    Date(result.GetValue(knownOn), "--known-on"),
                    Party(result.GetValue(view)),
                    result.GetValue(format) == "json" ? ReportFormat.Json : ReportFormat.Text);
                var report = CaseReport.Build(negotiation ?? SampleScenarios.SecurityGuarantees2021, request);
                if (request.Format == ReportFormat.Json)
                {
                    JsonReportWriter.Write(report, output);
                }
                else
                {
                    TextReportWriter.Write(report, output);
                }

                return 0;
            }
            catch (UsageException e)
            {
                return Usage(error, e.Message, e.Hint);
            }
        });

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Usage(TextWriter error, string problem, string hint)
    {
        // Parser messages may span lines ("Must be one of:\n\t'text'\n\t'json'"); the error is always one line.
        var oneLine = string.Join(' ', problem.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        error.WriteLine($"negotiation: {oneLine.TrimEnd('.')}. Hint: {hint}.");
        return UsageError;
    }

    private static LocalDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = DatePattern.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw new UsageException($"{option} '{text}' is not a date", "write the date as yyyy-MM-dd, for example 2021-12-16");
    }

    private static PartyId? Party(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return PartyId.TryCreate(text, out var id)
            ? id
            : throw new UsageException($"--view '{text}' is not a party id", "party ids are lowercase slugs such as 'nato' or 'united-states'");
    }
}
