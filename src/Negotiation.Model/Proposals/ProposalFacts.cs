namespace Negotiation.Model;

/// <summary>A party makes a proposal.</summary>
/// <remarks>Refused when the id is taken, the text is blank, a party is unknown, the author is among the addressees, there
/// is no addressee, or what it answers is unknown. Equality is by value.</remarks>
public sealed record ProposalMade : Fact
{
    /// <summary>Gets the proposal.</summary>
    public required Proposal Proposal { get => field; init => field = Guard.NotNull(value, nameof(Proposal)); }

    /// <inheritdoc />
    public override string Describe() => $"{Proposal.Author} proposes to {Proposal.Addressees}: {Proposal.Text}";

    internal override void Apply(CaseEditor editor)
    {
        var p = Proposal;
        var path = $"Proposals[{p.Id}]";
        editor.NewId(editor.Data.Proposals, p.Id, path, "proposal");
        editor.Body(p.Text, path + ".Text");
        Offer.CheckParties(editor, p.Author, p.Addressees, path, "proposal");
        editor.Topics(p.Topics, path + ".Topics");
        editor.Subjects(p.Answers, path + ".Answers");
        Offer.CheckSource(editor, p.Source, p.Author, path + ".Source");
        editor.Data = editor.Data with { Proposals = editor.Data.Proposals.SetItem(p.Id, p) };
    }
}
