namespace Negotiation.Model.Cli;

/// <summary>A bad argument: the message names the problem, the hint says what to do. Exit code 2.</summary>
internal sealed class UsageException(string message, string hint) : Exception(message)
{
    /// <summary>Gets what to do instead.</summary>
    public string Hint { get; } = hint;
}
