using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A party tables a demand.</summary>
/// <remarks>Refused when the id is taken or the <see cref="DemandValidator"/> finds an error: the text is blank, the author
/// or an addressee is unknown, the author is among the addressees, there is no addressee, the source provision belongs to
/// another author's document, the package mixes authors, or a statement it formalises is unknown or was made after it.
/// Equality is by value.</remarks>
public sealed record DemandTabled : Fact
{
    /// <summary>Gets the demand.</summary>
    public required Demand Demand { get => field; init => field = Guard.NotNull(value, nameof(Demand)); }

    /// <inheritdoc />
    public override string Describe() => $"{Demand.Author} demands of {Demand.Addressees}: {Demand.Text}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Demands, Demand.Id, $"Demands[{Demand.Id}]", "demand");
        check.Validate(DemandValidator.Instance, Demand);

        // The validator reads the time of tabling from the case; this fact is that time.
        for (var i = 0; i < Demand.Formalises.Count; i++)
        {
            if (check.Data.Statements.TryGetValue(Demand.Formalises[i], out var statement)
                && DemandValidator.MadeAfterTabling(Demand, statement, Occurred, $"Demands[{Demand.Id}].Formalises[{i}]") is { } later)
            {
                check.Add(later);
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Demand, new DemandLifecycle(Occurred));

    // A party that may not see a statement the demand formalises, a document that also carries it, or a demand it
    // conflicts with, sees the demand without that link: the link would tell it that the hidden thing exists, and where.
    internal override Fact? Redact(Redaction redaction)
    {
        if (redaction.Hides(Demand.Id))
        {
            return null;
        }

        var formalises = Redaction.Keep(Demand.Formalises, redaction.Hides);
        var carriers = Redaction.Keep(Demand.AlsoCarriedBy, provision => redaction.Hides(provision.Document));
        var conflicts = Redaction.Keep(Demand.ConflictsWith, redaction.Hides);
        return formalises.Count == Demand.Formalises.Count && carriers.Count == Demand.AlsoCarriedBy.Count && conflicts.Count == Demand.ConflictsWith.Count
            ? this
            : this with { Demand = Demand with { Formalises = formalises, AlsoCarriedBy = carriers, ConflictsWith = conflicts } };
    }
}

/// <summary>The author withdraws a demand.</summary>
/// <remarks>Refused when the demand is unknown, already withdrawn or replaced, or withdrawn certainly before it was
/// tabled. Equality is by value.</remarks>
public sealed record DemandWithdrawn : Fact
{
    /// <summary>Gets the demand.</summary>
    public required DemandId Demand { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"demand {Demand} withdrawn";

    internal override void Check(FactCheck check) => Offer.Standing(check, Demand);

    internal override void Evolve(CaseEvolution evolution) =>
        evolution.Put(Demand, evolution.DemandLifecycles[Demand] with { Withdrawn = Occurred });

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Demand) ? null : this;
}

/// <summary>The author replaces a demand with another: superseded, or hardened into a harder demand.</summary>
/// <remarks>Refused when either demand is unknown, either no longer stands, the demand is replaced certainly before it
/// was tabled, or the replacement is the demand itself or another author's. Equality is by value.</remarks>
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

    internal override void Check(FactCheck check)
    {
        var path = $"Demands[{Demand}]";
        if (Offer.Standing(check, Demand) is null || !check.Demand(By, path + ".ReplacedBy"))
        {
            return;
        }

        if (By == Demand || check.Data.Demands[By].Author != check.Data.Demands[Demand].Author)
        {
            check.Error(ErrorCodes.InvalidReplacement, path + ".ReplacedBy", $"'{By}' cannot replace '{Demand}': a demand is replaced by another demand of the same author.");
            return;
        }

        if (!check.Data.DemandLifecycles[By].IsStanding)
        {
            check.Error(ErrorCodes.ReplacedByClosedDemand, path + ".ReplacedBy", $"'{By}' was itself withdrawn or replaced, so it cannot replace '{Demand}'; name the demand that stands now.");
        }
    }

    internal override void Evolve(CaseEvolution evolution) =>
        evolution.Put(Demand, evolution.DemandLifecycles[Demand] with { ReplacedBy = By, Hardened = Hardened, Replaced = Occurred });

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Demand) || redaction.Hides(By) ? null : this;
}

/// <summary>A standing demand is settled: the parties disposed of it, by a provision of an agreement or otherwise, with an
/// outcome. Its status becomes <see cref="DemandStatus.Settled"/> for every addressee.</summary>
/// <remarks>Refused when the demand is unknown, withdrawn or replaced, settled certainly before it was tabled, already
/// settled (<see cref="ErrorCodes.DemandAlreadySettled"/>), or the provision that settles it does not exist. Equality is by
/// value.</remarks>
public sealed record DemandSettled : Fact
{
    /// <summary>Gets the demand.</summary>
    public required DemandId Demand { get; init; }

    /// <summary>Gets what became of it.</summary>
    public required DemandOutcome Outcome { get; init; }

    /// <summary>Gets the provision that settled it, if one did.</summary>
    public ProvisionRef? By { get; init; }

    /// <summary>Gets a short account of the settlement, if any.</summary>
    public string? Summary { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"demand {Demand} settled ({Outcome.ToString().ToLowerInvariant()}){(By is { } by ? $" by {by}" : string.Empty)}";

    internal override void Check(FactCheck check)
    {
        var path = $"Demands[{Demand}]";
        if (Offer.Standing(check, Demand) is not { } lifecycle)
        {
            return;
        }

        if (lifecycle.Settlement is { } earlier)
        {
            check.Error(ErrorCodes.DemandAlreadySettled, path + ".Settlement", $"The demand '{Demand}' was already settled ({earlier.Settled}, {earlier.Outcome.ToString().ToLowerInvariant()}).");
            return;
        }

        if (By is { } by && check.Document(by.Document, path + ".Settlement.By"))
        {
            var document = check.Data.Documents[by.Document];
            if (by.Revision < 1 || by.Revision > document.RevisionList.Count)
            {
                check.Error(ErrorCodes.UnknownRevision, path + ".Settlement.By", $"'{document.Title}' has no revision {by.Revision}; it has {document.RevisionList.Count}.");
            }
            else if (document.RevisionList[by.Revision - 1].FindProvision(by.Article) is null)
            {
                check.Error(ErrorCodes.UnknownProvision, path + ".Settlement.By", $"Revision {by.Revision} of '{document.Title}' has no article {by.Article}.");
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution) =>
        evolution.Put(Demand, evolution.DemandLifecycles[Demand] with { Settlement = new DemandSettlement(Outcome, Occurred) { By = By, Summary = Summary } });

    internal override Fact? Redact(Redaction redaction) =>
        redaction.Hides(Demand) ? null : By is { } by && redaction.Hides(by.Document) ? this with { By = null } : this;
}

/// <summary>Change checks shared by the demand facts.</summary>
internal static class Offer
{
    public static DemandLifecycle? Standing(FactCheck check, DemandId demand)
    {
        var path = $"Demands[{demand}]";
        if (!check.Demand(demand, path))
        {
            return null;
        }

        var lifecycle = check.Data.DemandLifecycles[demand];
        if (!lifecycle.IsStanding)
        {
            check.Error(ErrorCodes.DemandNotOpen, path, $"The demand '{demand}' was already {(lifecycle.Withdrawn is not null ? "withdrawn" : "replaced")}.");
            return null;
        }

        // Only a change certainly before the tabling is refused: "in December" for a demand of 17 December may be after it.
        var when = check.Fact.Occurred;
        if (when.IsBefore(lifecycle.Tabled).IsYes)
        {
            check.Error(ErrorCodes.ClosedBeforeTabled, path, $"The demand '{demand}' cannot be withdrawn or replaced ({when}) before it was tabled ({lifecycle.Tabled}); check both times.");
            return null;
        }

        return lifecycle;
    }
}
