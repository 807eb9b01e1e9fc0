namespace Negotiation.Model;

/// <summary>One numbered provision (article) of a document revision.</summary>
/// <remarks>
/// <para>The demands and proposals a provision carries name it as their <see cref="DemandSource"/>; a case answers which
/// ones do. Article numbers are unique within a revision. Equality is by value.</para>
/// </remarks>
/// <param name="Article">The provision's number as the text writes it ("4", "5.2").</param>
/// <param name="Text">The provision's text or a summary of it.</param>
public sealed record Provision(string Article, string Text)
{
    /// <summary>Gets the provision's number.</summary>
    public string Article { get; init => field = Guard.NotNull(value, nameof(Article)); } = Guard.NotNull(Article, nameof(Article));

    /// <summary>Gets the provision's text or a summary of it.</summary>
    public string Text { get; init => field = Guard.NotNull(value, nameof(Text)); } = Guard.NotNull(Text, nameof(Text));
}
