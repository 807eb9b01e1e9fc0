using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a demand: who demands what of whom, on which topics, where it was made and in which package.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.NoAddressee"/>, <see cref="ErrorCodes.AuthorAmongAddressees"/>,
/// <see cref="ErrorCodes.NameRequired"/> (blank package name), <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): parties, topics and the source
/// resolve (<see cref="ErrorCodes.UnknownParty"/>, <see cref="ErrorCodes.UnknownTopic"/>,
/// <see cref="ErrorCodes.UnknownStatement"/>, <see cref="ErrorCodes.UnknownDocument"/>,
/// <see cref="ErrorCodes.UnknownRevision"/>, <see cref="ErrorCodes.UnknownProvision"/>), the source belongs to the author
/// (<see cref="ErrorCodes.SourceOfOtherAuthor"/>) and the package's demands share the author
/// (<see cref="ErrorCodes.PackageMixesAuthors"/>, checked against the package's first demand), and the statements it
/// formalises are recorded (<see cref="ErrorCodes.UnknownStatement"/>) and were not made after it was tabled
/// (<see cref="ErrorCodes.FormalisesLaterStatement"/>; for a demand being tabled, <see cref="DemandTabled"/> checks this
/// against its own time).</para>
/// <para>What happened to a demand later (withdrawn, replaced, accepted) is checked by the facts that record it. Paths
/// start at <c>Demands[id]</c>. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class DemandValidator : AbstractValidator<Demand>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public DemandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.Text).IsAText();
        RuleFor(d => d.Author).IsAKnownParty();
        RuleFor(d => d.Addressees)
            .HasItems().WithErrorCode(ErrorCodes.NoAddressee).WithMessage("The demand is addressed to nobody; name at least one addressee.")
            .AreKnownParties();
        RuleFor(d => d.Addressees).Custom((addressees, context) => context.AuthorNotAddressed(context.InstanceToValidate.Author, addressees, "demand"));
        RuleFor(d => d.Topics).AreKnownTopics();
        RuleFor(d => d.Concerns).AreKnownParties();
        RuleFor(d => d.Source).Custom((source, context) => context.CheckSource(source, context.InstanceToValidate.Author));
        RuleFor(d => d.CoAuthors).AreKnownParties();
        RuleFor(d => d.CoAuthors).Custom((coAuthors, context) => context.AuthorNotAddressed(context.InstanceToValidate.Author, coAuthors, "demand's co-author list"));
        RuleFor(d => d).Custom(CheckCarriersAndConflicts);
        RuleFor(d => d.Formalises).Custom(CheckFormalised);
        RuleFor(d => d.Package!)
            .IsNotBlank().WithErrorCode(ErrorCodes.NameRequired).WithMessage("The package name is blank; name the package or leave it out.")
            .Custom(SharedAuthor)
            .When(d => d.Package is not null);
    }

    private static void CheckCarriersAndConflicts(Demand demand, ValidationContext<Demand> context)
    {
        for (var i = 0; i < demand.CoAuthors.Count; i++)
        {
            if (demand.Addressees.Contains(demand.CoAuthors[i]))
            {
                context.Error(ErrorCodes.AuthorAmongAddressees, $"CoAuthors[{i}]", $"'{demand.CoAuthors[i]}' is both a co-author and an addressee of the demand; a party does not demand of itself.");
            }
        }

        for (var i = 0; i < demand.AlsoCarriedBy.Count; i++)
        {
            context.CheckProvision(demand.AlsoCarriedBy[i], $"AlsoCarriedBy[{i}]");
        }

        var data = context.Data();
        for (var i = 0; i < demand.ConflictsWith.Count; i++)
        {
            var other = demand.ConflictsWith[i];
            var path = $"ConflictsWith[{i}]";
            if (References.Demand(data, other, context.PathTo(path)) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (other == demand.Id || (data is not null && data.Demands[other].Author == demand.Author))
            {
                context.Error(ErrorCodes.ConflictWithOwnDemand, path, $"'{other}' is a demand of the same author; a demand conflicts with another party's demand.");
            }
        }
    }

    /// <summary>Gets the shared instance.</summary>
    public static DemandValidator Instance => Shared<DemandValidator>.Value;

    /// <summary>The failure for a formalised statement made certainly after the demand was tabled, if it was.</summary>
    internal static ValidationFailure? MadeAfterTabling(Demand demand, Statement statement, Moment tabled, string path) =>
        statement.Made.IsAfter(tabled).IsYes
            ? Failures.Error(ErrorCodes.FormalisesLaterStatement, path, $"'{statement.Id}' ({statement.Made}) was made after '{demand.Id}' was tabled ({tabled}); a demand formalises what was said before it. Check both times.")
            : null;

    private static void CheckFormalised(EquatableArray<StatementId> statements, ValidationContext<Demand> context)
    {
        var demand = context.InstanceToValidate;
        var data = context.Data();
        for (var i = 0; i < statements.Count; i++)
        {
            var path = context.PathTo($"[{i}]");
            if (References.Statement(data, statements[i], path) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (data is not null && data.DemandLifecycles.TryGetValue(demand.Id, out var lifecycle))
            {
                context.Add(MadeAfterTabling(demand, data.Statements[statements[i]], lifecycle.Tabled, path));
            }
        }
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Demand> context, ValidationResult result) =>
        context.Enter("Demands", context.InstanceToValidate?.Id.ToString());

    // The case keeps each package's first author, so this is one look-up however many demands there are.
    private static void SharedAuthor(string package, ValidationContext<Demand> context)
    {
        var demand = context.InstanceToValidate;
        if (context.Data()?.Indexes.PackageOwners.TryGetValue(package, out var owner) == true && owner.Author != demand.Author)
        {
            context.Error(ErrorCodes.PackageMixesAuthors, string.Empty, $"The package '{package}' already holds '{owner.First}' by '{owner.Author}'; a package belongs to one author.");
        }
    }
}
