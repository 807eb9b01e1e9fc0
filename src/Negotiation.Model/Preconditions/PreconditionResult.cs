using System.Text;

namespace Negotiation.Model;

/// <summary>The answer to "is this precondition met?": met, not met or undetermined, with the reasons as a tree.</summary>
/// <remarks>
/// <para><see cref="Reason"/> reads as a sentence ("the round 'Russia–US talks' has not been held; it is planned for early
/// January 2022"); <see cref="Because"/> holds the answers of the parts of a composite precondition.</para>
/// <para>The reason is worded when it is first read, not when the precondition is evaluated, so asking whether many rounds
/// can start costs no text until a reason is shown; once worded it is kept. The words come from the case and the moment
/// the precondition was evaluated against, which are immutable, so they do not depend on when they are read.</para>
/// <para>Immutable. Equality is by value: <see cref="Met"/>, the text of <see cref="Reason"/> and the answers in
/// <see cref="Because"/>, however each reason came to be worded (comparing two answers words their reasons).</para>
/// </remarks>
public sealed class PreconditionResult : IEquatable<PreconditionResult>
{
    // The reason is given, or worded when first read by a Func<string>, or by the precondition that was evaluated
    // (words) against what it was evaluated against (scope).
    private readonly object? words;
    private readonly PreconditionScope? scope;
    private string? reason;

    /// <summary>Initializes an answer with its reason in words.</summary>
    /// <param name="met">Whether the precondition is met.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="because">The answers of the parts, for composite preconditions.</param>
    public PreconditionResult(Truth met, string reason, EquatableArray<PreconditionResult> because = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Met = met;
        this.reason = reason;
        Because = because;
    }

    /// <summary>Initializes an answer whose reason is worded when it is first read.</summary>
    /// <param name="met">Whether the precondition is met.</param>
    /// <param name="reason">Words the reason. It is called when the reason is first read (by each thread that reads it
    /// first at the same time), so it must give the same text on every call.</param>
    /// <param name="because">The answers of the parts, for composite preconditions.</param>
    public PreconditionResult(Truth met, Func<string> reason, EquatableArray<PreconditionResult> because = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Met = met;
        words = reason;
        Because = because;
    }

    /// <summary>An answer worded, when read, by the precondition that gave it.</summary>
    internal PreconditionResult(Truth met, Precondition source, PreconditionScope scope, EquatableArray<PreconditionResult> because = default)
    {
        Met = met;
        words = source;
        this.scope = scope;
        Because = because;
    }

    /// <summary>Gets whether the precondition is met.</summary>
    public Truth Met { get; }

    /// <summary>Gets why, in words; worded when first read.</summary>
    public string Reason => reason ??= words is Func<string> word ? word() : ((Precondition)words!).Word(scope!, Met);

    /// <summary>Gets the answers of the parts, for composite preconditions; empty for simple ones.</summary>
    public EquatableArray<PreconditionResult> Because { get; }

    /// <summary>Compares two answers by value.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>Whether both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(PreconditionResult? left, PreconditionResult? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two answers by value.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PreconditionResult? left, PreconditionResult? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(PreconditionResult? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Met == other.Met && Because == other.Because && Reason == other.Reason));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PreconditionResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Met, Reason, Because);

    /// <summary>Renders the reason tree, one line per node, indented by depth, each line starting with the answer.</summary>
    /// <returns>The tree as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text, 0);
        return text.ToString().TrimEnd();
    }

    private void Write(StringBuilder text, int depth)
    {
        var label = Met.IsYes ? "met" : Met.IsNo ? "not met" : "undetermined";
        text.Append(' ', depth * 2).Append('[').Append(label).Append("] ").AppendLine(Reason);
        foreach (var child in Because)
        {
            child.Write(text, depth + 1);
        }
    }
}
