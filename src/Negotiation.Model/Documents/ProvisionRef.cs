namespace Negotiation.Model;

/// <summary>Points at one numbered provision (article) of one revision of a document.</summary>
/// <remarks>Equality is by value. <c>default</c> has a default document id and is invalid.</remarks>
/// <param name="Document">The document.</param>
/// <param name="Revision">The revision number, from 1.</param>
/// <param name="Article">The provision's number as the text writes it ("4", "5.2").</param>
public readonly record struct ProvisionRef(DocumentId Document, int Revision, string Article)
{
    /// <summary>Returns <c>document r1 art. 4</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => $"{Document} r{Revision} art. {Article}";
}
