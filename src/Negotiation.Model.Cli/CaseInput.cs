using Negotiation.Model.Json;
using Negotiation.Model.Testing;
using NodaTime;

namespace Negotiation.Model.Cli;

/// <summary>Reads what the user named on the command line: a case file (or the built-in seed), dates and parties.
/// Every problem becomes a <see cref="UsageException"/>: one line, exit code 2.</summary>
internal static class CaseInput
{
    /// <summary>Loads the case in <paramref name="file"/>, or returns <paramref name="fallback"/> (the built-in seed when
    /// that is null) when no file is named.</summary>
    public static NegotiationCase Load(FileInfo? file, NegotiationCase? fallback)
    {
        if (file is null)
        {
            return fallback ?? SampleScenarios.SecurityGuarantees2021;
        }

        var loaded = Read(file);
        if (loaded.Succeeded)
        {
            return loaded.Case;
        }

        var first = loaded.Errors[0];
        var more = loaded.Errors.Length > 1 ? $" (and {loaded.Errors.Length - 1} more; run 'negotiation validate {file}' to see them all)" : string.Empty;
        throw new UsageException($"{Where(file, first)}: {first.Code}: {first.Message.TrimEnd('.')}{more}", "fix the file and try again");
    }

    /// <summary>Reads a case file, turning a missing or unreadable file into a <see cref="UsageException"/>.</summary>
    public static CaseFileResult Read(FileInfo file)
    {
        // An unknown option lands in the FILE argument; say what it is rather than "no such file".
        if (file.ToString().StartsWith('-'))
        {
            throw new UsageException($"Unrecognized command or argument '{file}'", "run 'negotiation --help' to see the commands and options");
        }

        if (Directory.Exists(file.FullName))
        {
            throw new UsageException($"{file}: is a directory, not a case file", "name a .json case file, such as one written by 'negotiation export'");
        }

        if (!file.Exists)
        {
            throw new UsageException($"{file}: no such file", $"check the path ({file.FullName})");
        }

        try
        {
            using var stream = file.OpenRead();
            return CaseFile.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot be read ({e.Message.TrimEnd('.')})", "check the file's permissions");
        }
    }

    /// <summary>The file and position of an error, as compilers write it: <c>case.json:7:33</c>.</summary>
    public static string Where(FileInfo file, CaseFileError error) =>
        error.Line > 0 ? $"{file}:{error.Line}:{error.Column}" : file.ToString();

    /// <summary>Reads a date given as <c>yyyy-MM-dd</c> in years 1 to 9999.</summary>
    public static LocalDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateNotation.TryParseDate(text, out var date)
            ? date
            : throw new UsageException($"{option} '{text}' is not a date", "write the date as yyyy-MM-dd, for example 2021-12-16, in years 1 to 9999");
    }

    /// <summary>Reads a party id and checks the case has that party.</summary>
    public static PartyId? Party(string? text, string option, NegotiationCase negotiation)
    {
        if (text is null)
        {
            return null;
        }

        if (!PartyId.TryCreate(text, out var id))
        {
            throw new UsageException($"{option} '{text}' is not a party id", "party ids are lowercase slugs such as 'nato' or 'united-states'");
        }

        return negotiation.Parties.ContainsKey(id)
            ? id
            : throw new UsageException($"{option} '{text}' names no party of the case", "parties include " + string.Join(", ", negotiation.Parties.Keys.Take(6)) + ", …");
    }

    /// <summary>The last instant of a day in UTC, without overflowing on 31 December 9999.</summary>
    public static Instant EndOf(LocalDate day) =>
        day.Year == 9999 && day.Month == 12 && day.Day == 31
            ? day.At(new LocalTime(23, 59, 59)).InUtc().ToInstant()
            : day.PlusDays(1).AtMidnight().InUtc().ToInstant() - Duration.Epsilon;
}
