using System.CommandLine;
using Negotiation.Model.Json;

namespace Negotiation.Model.Cli;

/// <summary><c>negotiation validate FILE</c>: exit 0 when the file is a valid case (warnings are printed, never fatal),
/// 1 when it has errors (each printed with its position), 2 when it is not usable at all (missing, not JSON, not a case
/// file).</summary>
internal static class ValidateCommand
{
    private static readonly HashSet<string> Unusable =
        [CaseFileErrorCodes.MalformedJson, CaseFileErrorCodes.TooLarge, CaseFileErrorCodes.TooDeep, CaseFileErrorCodes.NotACaseFile, CaseFileErrorCodes.UnsupportedVersion];

    public static Command Create(NegotiationCommand.Context context)
    {
        var file = NegotiationCommand.FileArgument(required: true);
        var command = new Command("validate", "Checks a case file: its form, every fact, and the whole case's rules. Exit code 0: valid (warnings are printed); 1: errors found; 2: the file cannot be used.")
        {
            file,
        };
        command.SetAction(result => NegotiationCommand.Guard(context.Error, () => Validate(result.GetValue(file)!, context.Output)));
        return command;
    }

    private static int Validate(FileInfo file, TextWriter output)
    {
        var loaded = CaseInput.Read(file);
        if (!loaded.Succeeded)
        {
            if (loaded.Errors.FirstOrDefault(e => Unusable.Contains(e.Code) || e.Path == "$") is { } unusable)
            {
                throw new UsageException($"{CaseInput.Where(file, unusable)}: {unusable.Code}: {unusable.Message.TrimEnd('.')}", "a case file is JSON with \"format\": \"negotiation-case\" and \"version\": 1");
            }

            foreach (var error in loaded.Errors)
            {
                output.WriteLine($"{CaseInput.Where(file, error)}: error {error.Code}: {error.Message} ({error.Path})");
            }

            output.WriteLine($"{file}: {Count(loaded.Errors.Length, "error")}.");
            return NegotiationCommand.ErrorsFound;
        }

        var negotiation = loaded.Case;
        var checks = negotiation.Validate();
        var errors = checks.Errors.Where(e => e.Severity == FluentValidation.Severity.Error).ToList();
        var warnings = loaded.Warnings.Concat(checks.Errors.Where(e => e.Severity != FluentValidation.Severity.Error))
            .DistinctBy(w => (w.ErrorCode, w.PropertyName, w.ErrorMessage)).ToList();
        foreach (var error in errors)
        {
            output.WriteLine($"{file}: error {error.ErrorCode}: {error.ErrorMessage} ({error.PropertyName})");
        }

        foreach (var warning in warnings)
        {
            output.WriteLine($"{file}: warning {warning.ErrorCode}: {warning.ErrorMessage} ({warning.PropertyName})");
        }

        output.WriteLine(errors.Count == 0
            ? $"{file}: valid: {negotiation.Title} ({negotiation.Id}), {Count(negotiation.Version, "fact")}, {Count(warnings.Count, "warning")}."
            : $"{file}: {Count(errors.Count, "error")}, {Count(warnings.Count, "warning")}.");
        return errors.Count == 0 ? 0 : NegotiationCommand.ErrorsFound;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
