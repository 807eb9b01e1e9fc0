using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>
/// The check of one fact against the case as it stands: the first half of <see cref="CaseEngine.Record"/>. A fact's
/// <see cref="Fact.Check(FactCheck)"/> runs the validators of what it carries and the legality rules of the change itself,
/// and reports failures here; it never writes.
/// </summary>
/// <remarks>
/// <para>Most rules read the case before the fact (<see cref="Data"/>). A few rules are about the case the fact would make
/// (a rescheduled round still follows the rounds it requires; a shortened term still covers its holder's statements):
/// they read <see cref="After"/>, the fact's evolution computed once on demand and reused by <see cref="CaseEngine.Record"/>
/// when the check passes. Evolution cannot fail, so <see cref="After"/> may be read only once the references it follows
/// have been checked.</para>
/// <para>Not thread-safe: one check per change.</para>
/// </remarks>
internal sealed class FactCheck(NegotiationCase original, Fact fact)
{
    private CaseStep? step;

    public NegotiationCase Original { get; } = original;

    public Fact Fact { get; } = fact;

    /// <summary>Gets the case's data before the fact.</summary>
    public CaseData Data => Original.Data;

    /// <summary>Gets the data after the fact: evolved once, on first use.</summary>
    public CaseData After => Step.Data;

    /// <summary>Gets the fact's evolution, if a rule needed it.</summary>
    public CaseStep? Evolved => step;

    public List<ValidationFailure> Failures { get; } = [];

    public bool HasErrors { get; private set; }

    private CaseStep Step => step ??= CaseEngine.Step(Data, Fact);

    /// <summary>Runs the log-entry rules and the fact's own check.</summary>
    public FactCheck Run()
    {
        Validate(FactValidator.Instance, Fact);
        Fact.Check(this);
        return this;
    }

    public void Error(string code, string path, string message) => Add(Validation.Failures.Error(code, path, message));

    public void Warning(string code, string path, string message) => Add(Validation.Failures.Warning(code, path, message));

    /// <summary>Runs a validator on one entity against the case before the fact.</summary>
    /// <param name="validator">The concept's validator.</param>
    /// <param name="instance">The entity as it will be stored.</param>
    /// <param name="ruleSets">The rule sets that cover what the change touches; none runs every rule.</param>
    public void Validate<T>(IValidator<T> validator, T instance, params string[] ruleSets) =>
        Validate(validator, instance, new CaseSnapshot(Original, Data), ruleSets);

    /// <summary>Runs a validator on one entity against the case after the fact.</summary>
    public void ValidateAfter<T>(IValidator<T> validator, T instance, params string[] ruleSets) =>
        Validate(validator, instance, new CaseSnapshot(Original, After), ruleSets);

    public void NewId<TId, T>(ImmutableSortedDictionary<TId, T> existing, TId id, string path, string what)
        where TId : notnull
    {
        if (!existing.ContainsKey(id))
        {
            return;
        }

        var article = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "An" : "A";
        Error(ErrorCodes.DuplicateId, path, $"{article} {what} with id '{id}' is already recorded; use a new id or record a change to the existing one.");
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

    private void Validate<T>(IValidator<T> validator, T instance, CaseSnapshot snapshot, string[] ruleSets)
    {
        var context = ValidationSupport.ContextFor(instance, ruleSets);
        context.RootContextData[ValidationSupport.SnapshotKey] = snapshot;
        var place = new EntityPlace(instance!);
        context.RootContextData[ValidationSupport.PlaceKey] = place;
        foreach (var failure in validator.Validate(context).Errors)
        {
            place.Locate(failure);
            Add(failure);
        }
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
