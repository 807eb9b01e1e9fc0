using System.Text;

namespace Negotiation.Model;

/// <summary>The answer to "is this precondition met?": met, not met or undetermined, with the reasons as a tree.</summary>
/// <remarks>
/// <para><see cref="Reason"/> reads as a sentence ("the round 'Russia–US talks' has not been held; it is planned for early
/// January 2022"); <see cref="Because"/> holds the answers of the parts of a composite precondition. Equality is by
/// value.</para>
/// </remarks>
/// <param name="Met">Whether the precondition is met.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Because">The answers of the parts, for composite preconditions.</param>
public sealed record PreconditionResult(Truth Met, string Reason, EquatableArray<PreconditionResult> Because = default)
{
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
