namespace Negotiation.Model;

/// <summary>A provision whose text changed between two revisions of a document (same article number).</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ProvisionChange
{
    internal ProvisionChange(Provision before, Provision after)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets the article number.</summary>
    public string Article => After.Article;

    /// <summary>Gets the provision in the earlier revision.</summary>
    public Provision Before { get; }

    /// <summary>Gets the provision in the later revision.</summary>
    public Provision After { get; }

    /// <summary>Returns <c>~ art. 4: "before" → "after"</c>.</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString() => $"~ art. {Article}: \"{Before.Text}\" → \"{After.Text}\"";
}
