using System.CommandLine;

namespace Negotiation.Model.Cli;

/// <summary>The <c>negotiation</c> command: <c>report</c> (also the default), <c>validate</c>, <c>export</c>,
/// <c>diagram</c> and <c>diff</c>, each on a case file or the built-in seed.</summary>
internal static class NegotiationCommand
{
    /// <summary>Exit code for a file with errors (<c>validate</c>).</summary>
    public const int ErrorsFound = 1;

    /// <summary>Exit code for bad arguments or unusable input.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for a fault in the tool itself (a bug): still one line, never a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>The width of text output when it is not a terminal and COLUMNS is not set.</summary>
    public const int DefaultWidth = 120;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the output goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="negotiation">The case to use when no file is named; the built-in seed scenario when omitted.</param>
    /// <param name="width">The terminal's width, or <see langword="null"/> when the output is not a terminal.</param>
    /// <returns>The exit code: 0; 1 when <c>validate</c> finds errors; 2 for bad arguments or input.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, NegotiationCase? negotiation = null, int? width = null)
    {
        var context = new Context(output, error, negotiation, Width(width, Environment.GetEnvironmentVariable("COLUMNS")));
        var root = new RootCommand("Reads a negotiation case file (or the built-in seed scenario, Russia's security guarantees of December 2021) and reports on it, validates it, exports it, draws it or compares two dates. With no command it prints the report.");
        ReportCommand.AddTo(root, context);
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(DiagramCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return Usage(error, parsed.Errors[0].Message, "run 'negotiation --help' to see the commands and options");
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The width of text output: the terminal's; when piped, COLUMNS if it holds a sensible number; else
    /// <see cref="DefaultWidth"/>.</summary>
    public static int Width(int? terminal, string? columns) =>
        terminal is >= 20 ? terminal.Value : int.TryParse(columns, out var c) && c is >= 40 and <= 1000 ? c : DefaultWidth;

    /// <summary>Runs one command's work, turning bad input into one line and exit code 2, and any other failure into one
    /// line and exit code 70: no stack trace ever reaches the user.</summary>
    public static int Guard(TextWriter error, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (UsageException e)
        {
            return Usage(error, e.Message, e.Hint);
        }
#pragma warning disable CA1031 // The last line of defence: a fault becomes one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"negotiation: internal error: {e.GetType().Name}: {OneLine(e.Message)}. Hint: this is a bug; please report it with the command that caused it.");
            return InternalError;
        }
    }

    /// <summary>Adds an optional FILE argument (a case file; the built-in seed when omitted).</summary>
    public static Argument<FileInfo?> FileArgument(bool required = false) => new("FILE")
    {
        Description = required ? "A case file (JSON)." : "A case file (JSON); the built-in seed scenario when omitted.",
        Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
    };

    private static int Usage(TextWriter error, string problem, string hint)
    {
        error.WriteLine($"negotiation: {OneLine(problem).TrimEnd('.')}. Hint: {hint}.");
        return UsageError;
    }

    // Parser messages may span lines ("Must be one of:\n\t'text'\n\t'json'"); the error is always one line.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>What every command needs: where to write, the case when no file is named, the width.</summary>
    internal sealed record Context(TextWriter Output, TextWriter Error, NegotiationCase? Fallback, int Width)
    {
        public NegotiationCase Load(FileInfo? file) => CaseInput.Load(file, Fallback);
    }
}
