using System.CommandLine;

namespace Negotiation.Model.Cli;

/// <summary><c>negotiation diff [FILE] --from D1 --to D2</c>: what changed in the case between the end of two days.</summary>
internal static class DiffCommand
{
    public static Command Create(NegotiationCommand.Context context)
    {
        var file = NegotiationCommand.FileArgument();
        var from = new Option<string>("--from") { Description = "The earlier day (yyyy-MM-dd).", HelpName = "yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { Description = "The later day (yyyy-MM-dd).", HelpName = "yyyy-MM-dd", Required = true };
        var command = new Command("diff", "Lists what changed in the case between the end of one day and the end of another: facts that happened, and what they changed (entities, demand statuses).")
        {
            file, from, to,
        };
        command.SetAction(result => NegotiationCommand.Guard(context.Error, () =>
        {
            var negotiation = context.Load(result.GetValue(file));
            var start = CaseInput.Date(result.GetValue(from), "--from")!.Value;
            var end = CaseInput.Date(result.GetValue(to), "--to")!.Value;
            if (end < start)
            {
                throw new UsageException($"--to {result.GetValue(to)} is before --from {result.GetValue(from)}", "give the earlier day as --from");
            }

            var diff = negotiation.AsOf(end).ChangesSince(negotiation.AsOf(start));
            var output = context.Output;
            output.WriteLine($"{negotiation.Title} ({negotiation.Id}): from the end of {result.GetValue(from)} to the end of {result.GetValue(to)}");
            if (diff.IsEmpty)
            {
                output.WriteLine("No changes.");
                return 0;
            }

            foreach (var fact in diff.Added)
            {
                output.WriteLine($"+ {fact.Occurred}: {fact.Describe()}");
            }

            foreach (var fact in diff.Removed)
            {
                output.WriteLine($"- {fact.Occurred}: {fact.Describe()}");
            }

            foreach (var change in diff.Changes)
            {
                output.WriteLine($"  {DataName.Of(change.Change)} {DataName.Of(change.Kind)} {change.Id}: {change.Description}");
            }

            foreach (var status in diff.StatusChanges)
            {
                output.WriteLine($"  demand {status.Demand} with {status.Addressee}: {(status.Before is { } b ? DataName.Of(b) : "none")} → {(status.After is { } a ? DataName.Of(a) : "none")}");
            }

            return 0;
        }));
        return command;
    }
}
