using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>
/// One change under way: the case it starts from, the data as changed so far, and the failures found. Facts run the
/// validators on what they touch (<see cref="Validate{T}(IValidator{T}, T, string[])"/>), check the legality of the change
/// itself, and write through the editor; the case keeps the new data only if no failure is an error, so a refused change
/// leaves nothing behind.
/// </summary>
/// <remarks>A <em>trusted</em> editor re-applies a fact that already passed every check from the very same data (as
/// "as of" does when it replays the facts after a checkpoint): it skips the validators, which could only find what they
/// found the first time, and keeps the change's own legality checks, which cost little.</remarks>
internal sealed class CaseEditor(NegotiationCase original, Fact fact, bool trusted = false)
{
    public NegotiationCase Original { get; } = original;

    public Fact Fact { get; } = fact;

    public CaseData Data { get; set; } = original.Data;

    public List<ValidationFailure> Failures { get; } = [];

    public bool HasErrors { get; private set; }

    public void Error(string code, string path, string message) => Add(Validation.Failures.Error(code, path, message));

    public void Warning(string code, string path, string message) => Add(Validation.Failures.Warning(code, path, message));

    /// <summary>Checks the log entry itself: its source and its times.</summary>
    public void CheckLogEntry() => Validate(FactValidator.Instance, Fact);

    /// <summary>Gets whether the fact already passed every check from this data, so validators are skipped.</summary>
    public bool Trusted { get; } = trusted;

    /// <summary>Runs a validator on one entity against the case as changed so far, and keeps its failures.</summary>
    /// <param name="validator">The concept's validator.</param>
    /// <param name="instance">The entity as it will be stored.</param>
    /// <param name="ruleSets">The rule sets that cover what the change touches; none runs every rule.</param>
    public void Validate<T>(IValidator<T> validator, T instance, params string[] ruleSets)
    {
        if (Trusted)
        {
            return;
        }

        var context = ValidationSupport.ContextFor(instance, ruleSets);
        context.RootContextData[ValidationSupport.SnapshotKey] = new CaseSnapshot(Original, Data);
        foreach (var failure in validator.Validate(context).Errors)
        {
            Add(failure);
        }
    }

    public bool NewId<TId, T>(ImmutableSortedDictionary<TId, T> existing, TId id, string path, string what)
        where TId : notnull
    {
        if (!existing.ContainsKey(id))
        {
            return true;
        }

        var article = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "An" : "A";
        Error(ErrorCodes.DuplicateId, path, $"{article} {what} with id '{id}' is already recorded; use a new id or record a change to the existing one.");
        return false;
    }

    public bool Party(PartyId id, string path) => Resolved(References.Party(Data, id, path));

    public bool Representative(RepresentativeId id, string path) => Resolved(References.Representative(Data, id, path));

    public bool Demand(DemandId id, string path) => Resolved(References.Demand(Data, id, path));

    public bool Document(DocumentId id, string path) => Resolved(References.Document(Data, id, path));

    public bool Round(RoundId id, string path) => Resolved(References.Round(Data, id, path));

    public bool Deadline(DeadlineId id, string path) => Resolved(References.Deadline(Data, id, path));

    public bool Agreement(AgreementId id, string path) => Resolved(References.Agreement(Data, id, path));

    public void Add(ValidationFailure failure)
    {
        Failures.Add(failure);
        HasErrors |= failure.Severity == Severity.Error;
    }

    private bool Resolved(ValidationFailure? failure)
    {
        if (failure is null)
        {
            return true;
        }

        Add(failure);
        return false;
    }
}
