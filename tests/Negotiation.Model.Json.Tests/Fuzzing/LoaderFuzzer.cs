using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Negotiation.Model.Json.Tests.Fuzzing;

/// <summary>
/// A mutational fuzzer of <see cref="CaseFile.Load(ReadOnlySpan{byte}, CaseFileOptions?)"/>: it takes the sample files
/// and other seeds, mutates them (bytes, tokens, structure, splices of two seeds) and checks every input against the
/// loader's contract: it returns, within a time limit, without throwing; every error has an NM code, a JSON path and a
/// position; and a file it accepts saves and loads back to an equal case.
/// </summary>
internal sealed partial class LoaderFuzzer(IReadOnlyList<byte[]> seeds, int randomSeed)
{
    private static readonly CaseFileOptions Options = new() { MaxBytes = 256 * 1024, MaxDepth = 64, MaxStringLength = 4096 };

    private static readonly string[] Strings =
    [
        "", " ", "-", "a--b", "Russia", "russia", new string('x', 5000), "\\u0000", "\\ud800", "é", "💥",
        "2021-12-21", "2021-13-01", "2021-02-29", "0000-01-01", "9999-12-31", "10000-01-01", "2021-W53", "2020-W53", "2021-W00",
        "early 2022-01", "mid 9999-12", "late 0001-01", "2022-33", "2022-36", "2022-37", "2022-39", "2022-40", "2022-00",
        "2021-11-01/2021-12-22", "2021-12-22/2021-11-01", "2021-12-22/", "/", "9999", "0001",
        "2021-12-22T12:00:00Z", "2021-12-22T12:00:00+25:00", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+14:00",
        "2022-01-10T09:00:00+01:00[Europe/Zurich]", "2022-03-27T02:30:00+01:00[Europe/Zurich]", "2022-10-30T02:30:00+02:00[Europe/Zurich]",
        "9999-12-31T23:00:00-05:00[America/New_York]", "2022-01-10T09:00:00+01:00[]", "2022-01-10T09:00:00+01:00[!Europe/Zurich]",
        "P", "P0D", "P90D", "P-1D", "P999999999Y", "PT1H", "demand:", ":x", "demand:x", "round:Bad", "nothing:x",
        "party-registered", "round-held", "round-planned", "all-of", "not", "after-step", "state", "organisation", "group",
        "legal-guarantee", "video-call", "negotiation-case",
    ];

    private static readonly string[] Numbers = ["0", "-1", "1", "2", "2147483648", "-2147483649", "1e309", "0.5", "1E2", "-0", "99999999999999999999"];

    private static readonly byte[] Interesting = "{}[]\",:\\/*\n\t 0-eE+.tfn"u8.ToArray();

    private readonly Random random = new(randomSeed);

    /// <summary>Gets how many inputs the loader accepted, and how often each error code came back.</summary>
    public Dictionary<string, long> Outcomes { get; } = [];

    /// <summary>Gets the slowest load seen.</summary>
    public TimeSpan Slowest { get; private set; }

    /// <summary>Runs <paramref name="iterations"/> inputs; returns the first input that broke the contract, and why.</summary>
    public (byte[] Input, string Problem)? Run(long iterations, TimeSpan hangLimit)
    {
        for (long i = 0; i < iterations; i++)
        {
            var input = Mutate();
            if (Check(input, hangLimit) is { } problem)
            {
                return (input, problem);
            }
        }

        return null;
    }

    /// <summary>Checks one input against the loader's contract; returns what broke, or null.</summary>
    public string? Check(byte[] input, TimeSpan hangLimit)
    {
        var watch = Stopwatch.StartNew();
        CaseFileResult result;
        try
        {
            var load = Task.Run(() => CaseFile.Load(input, Options));
            if (!load.Wait(hangLimit))
            {
                return $"no answer after {hangLimit.TotalSeconds:0.#} s";
            }

            result = load.Result;
        }
        catch (AggregateException e)
        {
            return "threw " + e.InnerException;
        }

        Slowest = watch.Elapsed > Slowest ? watch.Elapsed : Slowest;
        if (result.Succeeded)
        {
            Count("accepted");
            var again = CaseFile.Load(CaseFile.SaveToUtf8Bytes(result.Case));
            return again.Succeeded && again.Case.Equals(result.Case) ? null : "an accepted file does not load back from its own save: " + again;
        }

        foreach (var error in result.Errors)
        {
            Count(error.Code);
            if (!CodeForm().IsMatch(error.Code) || !error.Path.StartsWith('$') || string.IsNullOrWhiteSpace(error.Message)
                || (error.Code != CaseFileErrorCodes.TooLarge && (error.Line < 1 || error.Column < 1)))
            {
                return "an error without a code, path or position: " + error;
            }
        }

        return result.Errors.IsEmpty ? "a failure with no error" : null;
    }

    private void Count(string outcome) => Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;

    private byte[] Mutate()
    {
        var input = seeds[random.Next(seeds.Count)];
        // Token mutations keep most inputs well-formed, so they reach the reader and the case; byte mutations and
        // splices test the parser and the error positions.
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            input = random.Next(20) switch
            {
                0 => FlipBit(input),
                1 => InsertByte(input),
                2 => DeleteRange(input),
                3 => Splice(input, seeds[random.Next(seeds.Count)]),
                4 => DuplicateRange(input),
                5 => Nest(input),
                6 => Truncate(input),
                < 15 => ReplaceString(input),
                _ => ReplaceNumberOrLiteral(input),
            };
        }

        return input;
    }

    private byte[] FlipBit(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] InsertByte(byte[] input)
    {
        var at = random.Next(input.Length + 1);
        var b = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
        return [.. input.AsSpan(0, at), b, .. input.AsSpan(at)];
    }

    private byte[] DeleteRange(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        var length = Math.Min(input.Length - at, 1 + random.Next(random.Next(2) == 0 ? 4 : 200));
        return [.. input.AsSpan(0, at), .. input.AsSpan(at + length)];
    }

    private byte[] DuplicateRange(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        var length = Math.Min(input.Length - at, 1 + random.Next(500));
        var to = random.Next(input.Length + 1);
        return [.. input.AsSpan(0, to), .. input.AsSpan(at, length), .. input.AsSpan(to)];
    }

    private byte[] Splice(byte[] input, byte[] other)
    {
        var at = random.Next(input.Length + 1);
        var from = random.Next(other.Length + 1);
        return [.. input.AsSpan(0, at), .. other.AsSpan(from)];
    }

    private byte[] Truncate(byte[] input) => input.Length == 0 ? input : input[..random.Next(input.Length)];

    private byte[] Nest(byte[] input)
    {
        var at = random.Next(input.Length + 1);
        var depth = random.Next(2) == 0 ? random.Next(1, 10) : random.Next(60, 200);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));
        return [.. input.AsSpan(0, at), .. nested, .. input.AsSpan(at)];
    }

    // Replaces the content of one string token (a property name or a value) with an interesting string.
    private byte[] ReplaceString(byte[] input)
    {
        var quotes = Positions(input, (byte)'"');
        if (quotes.Count < 2)
        {
            return input;
        }

        // Quotes pair up (an escaped quote inside a string shifts the pairs after it, which is one more mutation).
        var i = 2 * random.Next(quotes.Count / 2);
        var (start, end) = (quotes[i] + 1, quotes[i + 1]);
        var replacement = Encoding.UTF8.GetBytes(Strings[random.Next(Strings.Length)]);
        return [.. input.AsSpan(0, start), .. replacement, .. input.AsSpan(end)];
    }

    private byte[] ReplaceNumberOrLiteral(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var matches = Literal().Matches(text);
        if (matches.Count == 0)
        {
            return input;
        }

        var match = matches[random.Next(matches.Count)];
        var pick = random.Next(3) switch
        {
            0 => Numbers[random.Next(Numbers.Length)],
            1 => random.Next(2) == 0 ? "true" : "false",
            _ => random.Next(2) == 0 ? "null" : "\"" + Strings[random.Next(Strings.Length)] + "\"",
        };
        return Encoding.UTF8.GetBytes(text[..match.Index] + pick + text[(match.Index + match.Length)..]);
    }

    private static List<int> Positions(byte[] input, byte value)
    {
        var positions = new List<int>();
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == value)
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    [GeneratedRegex("^NM\\d{4}$")]
    private static partial Regex CodeForm();

    [GeneratedRegex("(?<=: )(-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?|true|false|null|\"[^\"]*\")")]
    private static partial Regex Literal();
}
