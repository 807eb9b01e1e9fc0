namespace Negotiation.Model.Docs.Tests;

/// <summary>One program made of C# blocks of a Markdown file: a block and the blocks marked as its continuation.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the first block's opening fence.</param>
/// <param name="Code">The blocks' code, in order.</param>
/// <param name="ExpectedOutput">The lines the blocks say they print, in order; empty when they state none.</param>
/// <param name="Run">Whether to run the program after compiling it (false for blocks marked compile-only).</param>
public sealed record DocProgram(string File, int Line, string Code, IReadOnlyList<string> ExpectedOutput, bool Run)
{
    /// <summary>Gets the program's name in test output: file and line.</summary>
    public string Name => $"{File}:{Line}";

    /// <inheritdoc/>
    public override string ToString() => Name;
}
