namespace Negotiation.Model.Json;

/// <summary>One reason a case file could not be loaded, with where it is in the file.</summary>
/// <param name="Code">A code from <see cref="CaseFileErrorCodes"/>, or the core's <c>ErrorCodes</c> code of a fact the
/// case refuses.</param>
/// <param name="Message">What is wrong and what to do, in one sentence or two.</param>
/// <param name="Path">The JSON path of the offending value (<c>$.facts[3].demand.addressees[0]</c>), or <c>$</c>.</param>
/// <param name="Line">The 1-based line of the offending value, or 0 when the file has no such position (too large).</param>
/// <param name="Column">The 1-based column, in characters, of the offending value, or 0 with <paramref name="Line"/>.</param>
/// <param name="FactIndex">The 0-based index of the fact in <c>facts</c> the error belongs to, or <see langword="null"/>.</param>
/// <remarks>Value equality. The position of a missing property is that of the object that lacks it.</remarks>
public sealed record CaseFileError(string Code, string Message, string Path, int Line, int Column, int? FactIndex = null)
{
    /// <summary>Writes the error as one line: <c>line:column: code: message (path)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Line}:{Column}: {Code}: {Message} ({Path}{(FactIndex is { } i ? $", fact {i}" : string.Empty)})");
}
