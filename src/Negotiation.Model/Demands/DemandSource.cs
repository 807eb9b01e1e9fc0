namespace Negotiation.Model;

/// <summary>Where a demand or proposal was made: a provision of a document or a statement.</summary>
/// <remarks>Exactly one of <see cref="Provision"/> and <see cref="Statement"/> is set. Equality is by value.
/// <c>default</c> is neither and is invalid.</remarks>
public readonly record struct DemandSource
{
    private DemandSource(ProvisionRef? provision, StatementId? statement)
    {
        Provision = provision;
        Statement = statement;
    }

    /// <summary>Gets the provision that carries the demand, if it was made in a document.</summary>
    public ProvisionRef? Provision { get; }

    /// <summary>Gets the statement that made the demand, if it was made in a statement.</summary>
    public StatementId? Statement { get; }

    /// <summary>A demand carried by a provision of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="revision">The revision number, from 1.</param>
    /// <param name="article">The provision's number.</param>
    /// <returns>The source.</returns>
    public static DemandSource InProvision(DocumentId document, int revision, string article) =>
        new(new ProvisionRef(Guard.Id(document, document.IsValid, nameof(document)), revision, Guard.NotNull(article, nameof(article))), null);

    /// <summary>A demand made in a statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The source.</returns>
    public static DemandSource InStatement(StatementId statement) => new(null, Guard.Id(statement, statement.IsValid, nameof(statement)));

    /// <summary>Describes the source.</summary>
    /// <returns>The provision or statement as text.</returns>
    public override string ToString() => Provision?.ToString() ?? Statement?.ToString() ?? string.Empty;
}
