namespace Negotiation.Model;

/// <summary>One revision of a document: its provisions as handed over at one time.</summary>
/// <remarks>
/// <para>Revisions are numbered from 1 in the order they were presented, kept and never overwritten; a provision belongs
/// to exactly one revision. Equality is by value.</para>
/// </remarks>
/// <param name="Number">The revision number, from 1.</param>
/// <param name="Presented">When the revision was handed over.</param>
/// <param name="Provisions">Its provisions, in the order of the text.</param>
public sealed record DocumentRevision(int Number, Moment Presented, EquatableArray<Provision> Provisions)
{
    /// <summary>Gets its provisions, in the order of the text.</summary>
    /// <exception cref="ArgumentNullException">A provision is <see langword="null"/>.</exception>
    public EquatableArray<Provision> Provisions { get; init => field = Guard.NoNulls(value, nameof(Provisions)); } = Guard.NoNulls(Provisions, nameof(Provisions));

    /// <summary>Finds a provision by its article number.</summary>
    /// <param name="article">The article number.</param>
    /// <returns>The provision, or <see langword="null"/>.</returns>
    public Provision? FindProvision(string article) => Provisions.FirstOrDefault(p => p.Article == article);
}
