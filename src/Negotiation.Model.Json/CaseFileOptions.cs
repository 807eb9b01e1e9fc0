namespace Negotiation.Model.Json;

/// <summary>Limits that keep loading a hostile or broken file cheap; the defaults suit any real negotiation.</summary>
/// <remarks>Immutable; <see cref="Default"/> holds the defaults. A file beyond a limit is refused with a coded error, never
/// an exception.</remarks>
public sealed record CaseFileOptions
{
    /// <summary>Gets the default limits.</summary>
    public static CaseFileOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes (default 64 MiB; a case of 100,000 facts takes about 50 MiB).</summary>
    public int MaxBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "Give a positive number of bytes."); } = 64 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted (default 64; the format itself needs about 10 plus
    /// the depth of composite preconditions and milestone rules).</summary>
    public int MaxDepth { get; init => field = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "Give a depth from 1 to 1000."); } = 64;

    /// <summary>Gets the longest string accepted, in UTF-16 characters (default 100,000; the model's longest text is 20,000).</summary>
    public int MaxStringLength { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "Give a positive length."); } = 100_000;

    /// <summary>Gets how many errors are reported before loading stops looking for more (default 100).</summary>
    public int MaxErrors { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxErrors), value, "Give a positive number of errors."); } = 100;
}
