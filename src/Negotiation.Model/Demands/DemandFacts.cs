namespace Negotiation.Model;

/// <summary>A party tables a demand.</summary>
/// <remarks>Refused when the id is taken, the text is blank, the author or an addressee is unknown, the author is among
/// the addressees, there is no addressee, the source provision belongs to another author's document, or the package
/// mixes authors. Equality is by value.</remarks>
public sealed record DemandTabled : Fact
{
    /// <summary>Gets the demand.</summary>
    public required Demand Demand { get => field; init => field = Guard.NotNull(value, nameof(Demand)); }

    /// <inheritdoc />
    public override string Describe() => $"{Demand.Author} demands of {Demand.Addressees}: {Demand.Text}";

    internal override void Apply(CaseEditor editor)
    {
        var d = Demand;
        var path = $"Demands[{d.Id}]";
        editor.NewId(editor.Data.Demands, d.Id, path, "demand");
        editor.Body(d.Text, path + ".Text");
        Offer.CheckParties(editor, d.Author, d.Addressees, path, "demand");
        editor.Topics(d.Topics, path + ".Topics");
        editor.Parties(d.Concerns, path + ".Concerns");
        Offer.CheckSource(editor, d.Source, d.Author, path + ".Source");
        if (d.Package is { } package)
        {
            var other = editor.Data.Demands.Values.FirstOrDefault(x => x.Package == package && x.Author != d.Author);
            if (other is not null)
            {
                editor.Error(ErrorCodes.PackageMixesAuthors, path + ".Package", $"The package '{package}' already holds '{other.Id}' by '{other.Author}'; a package belongs to one author.");
            }
        }

        editor.Data = editor.Data with
        {
            Demands = editor.Data.Demands.SetItem(d.Id, d),
            DemandLifecycles = editor.Data.DemandLifecycles.SetItem(d.Id, new DemandLifecycle(Occurred)),
        };
    }
}

/// <summary>The author withdraws a demand.</summary>
/// <remarks>Refused when the demand is unknown or already withdrawn or replaced. Equality is by value.</remarks>
public sealed record DemandWithdrawn : Fact
{
    /// <summary>Gets the demand.</summary>
    public required DemandId Demand { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"demand {Demand} withdrawn";

    internal override void Apply(CaseEditor editor)
    {
        if (Offer.Standing(editor, Demand) is { } lifecycle)
        {
            editor.Data = editor.Data with { DemandLifecycles = editor.Data.DemandLifecycles.SetItem(Demand, lifecycle with { Withdrawn = Occurred }) };
        }
    }
}

/// <summary>The author replaces a demand with another: superseded, or hardened into a harder demand.</summary>
/// <remarks>Refused when either demand is unknown, the old one no longer stands, or the replacement is the demand itself
/// or another author's. Equality is by value.</remarks>
public sealed record DemandReplaced : Fact
{
    /// <summary>Gets the demand replaced.</summary>
    public required DemandId Demand { get; init; }

    /// <summary>Gets the demand that replaces it (tabled before).</summary>
    public required DemandId By { get; init; }

    /// <summary>Gets whether the replacement is harder (the demand was hardened rather than superseded).</summary>
    public bool Hardened { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"demand {Demand} {(Hardened ? "hardened into" : "superseded by")} {By}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Demands[{Demand}]";
        if (Offer.Standing(editor, Demand) is not { } lifecycle || !editor.Demand(By, path + ".ReplacedBy"))
        {
            return;
        }

        if (By == Demand || editor.Data.Demands[By].Author != editor.Data.Demands[Demand].Author)
        {
            editor.Error(ErrorCodes.InvalidReplacement, path + ".ReplacedBy", $"'{By}' cannot replace '{Demand}': a demand is replaced by another demand of the same author.");
            return;
        }

        editor.Data = editor.Data with
        {
            DemandLifecycles = editor.Data.DemandLifecycles.SetItem(Demand, lifecycle with { ReplacedBy = By, Hardened = Hardened, Replaced = Occurred }),
        };
    }
}

/// <summary>Checks shared by demands and proposals.</summary>
internal static class Offer
{
    public static void CheckParties(CaseEditor editor, PartyId author, EquatableArray<PartyId> addressees, string path, string what)
    {
        editor.Party(author, path + ".Author");
        if (addressees.IsEmpty)
        {
            editor.Error(ErrorCodes.NoAddressee, path + ".Addressees", $"The {what} is addressed to nobody; name at least one addressee.");
        }

        editor.Parties(addressees, path + ".Addressees");
        var index = addressees.Items.IndexOf(author);
        if (index >= 0)
        {
            editor.Error(ErrorCodes.AuthorAmongAddressees, $"{path}.Addressees[{index}]", $"'{author}' cannot address a {what} to itself; remove it from the addressees.");
        }
    }

    public static void CheckSource(CaseEditor editor, DemandSource? source, PartyId author, string path)
    {
        if (source is not { } s)
        {
            return;
        }

        if (s.Statement is { } statementId)
        {
            if (editor.Statement(statementId, path) && editor.Data.Statements[statementId].Party != author)
            {
                editor.Error(ErrorCodes.SourceOfOtherAuthor, path, $"The statement '{statementId}' is by '{editor.Data.Statements[statementId].Party}', not by '{author}'.");
            }

            return;
        }

        if (s.Provision is not { } provision || !editor.Document(provision.Document, path))
        {
            return;
        }

        var document = editor.Data.Documents[provision.Document];
        if (provision.Revision < 1 || provision.Revision > document.Revisions.Count)
        {
            editor.Error(ErrorCodes.UnknownRevision, path, $"'{document.Title}' has no revision {provision.Revision}; it has {document.Revisions.Count}.");
        }
        else if (document.Revisions[provision.Revision - 1].FindProvision(provision.Article) is null)
        {
            editor.Error(ErrorCodes.UnknownProvision, path, $"Revision {provision.Revision} of '{document.Title}' has no article {provision.Article}.");
        }

        if (!document.Authors.Contains(author))
        {
            editor.Error(ErrorCodes.SourceOfOtherAuthor, path, $"'{document.Title}' is not a document by '{author}'; a provision carries only its authors' demands.");
        }
    }

    public static DemandLifecycle? Standing(CaseEditor editor, DemandId demand)
    {
        var path = $"Demands[{demand}]";
        if (!editor.Demand(demand, path))
        {
            return null;
        }

        var lifecycle = editor.Data.DemandLifecycles[demand];
        if (lifecycle.IsStanding)
        {
            return lifecycle;
        }

        editor.Error(ErrorCodes.DemandNotOpen, path, $"The demand '{demand}' was already {(lifecycle.Withdrawn is not null ? "withdrawn" : "replaced")}.");
        return null;
    }
}
