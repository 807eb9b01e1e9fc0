using FluentValidation;
using FluentValidation.Results;
using FluentValidation.TestHelper;
using Negotiation.Model.Tests.Scenarios;
using Negotiation.Model.Validation;
using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class NegotiationCaseValidatorTests
{
    private static NegotiationCaseValidator Validator => NegotiationCaseValidator.Instance;

    [Fact]
    public void Validate_CaseBuiltThroughFacts_HasNoFailures()
    {
        Base.Validate().Errors.Should().BeEmpty();
        Validator.TestValidate(Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_SeedScenario_HasNoErrorsAndOnlyTheBrokenCommitment()
    {
        var result = SecurityGuarantees2021.Case.Validate();

        // Both rounds discuss European security without the EU: the US sits on NATO's side of the Russia–NATO round.
        result.Errors.Select(f => f.PropertyName).Should().Equal("Rounds[ru-nato-2022-01]", "Rounds[ru-us-2022-01]");
        result.Errors.Should().AllSatisfy(f => f.Should().Match<ValidationFailure>(f =>
            f.ErrorCode == ErrorCodes.CommitmentBroken
            && f.Severity == Severity.Warning
            && f.ErrorMessage.Contains("us-eu-european-security", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_SeedScenario_FindsTheWarningsReturnedWhileRecording() =>
        SecurityGuarantees2021.Case.Validate().Errors.Select(f => (f.ErrorCode, f.PropertyName, f.ErrorMessage)).Should()
            .BeEquivalentTo(SecurityGuarantees2021.Warnings.Select(f => (f.ErrorCode, f.PropertyName, f.ErrorMessage)));

    [Fact]
    public void Validate_RoundsThatRequireEachOther_FailsWithPreconditionCycleOnEachRound()
    {
        // Facts cannot build a cycle (a round may only require rounds already planned, and a change of preconditions that
        // would close one is refused), so the data is edited directly.
        var bilateral = StoredRound(Bilateral) with { Precondition = Precondition.NotBefore(Day(2022, 1, 1)) & Precondition.RoundConcluded(RussiaNato) };
        var cyclic = Base.With(Base.Data with { Rounds = Base.Rounds.SetItem(Bilateral, bilateral) });

        var result = Validator.TestValidate(cyclic);

        result.ShouldFail("Rounds[ru-us-2022-01].Precondition[1]", ErrorCodes.PreconditionCycle);
        result.ShouldFail("Rounds[ru-nato-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle);
    }

    [Fact]
    public void Validate_LongChainOfRounds_FindsNoCycleAndDoesNotOverflow()
    {
        var negotiation = Base;
        var previous = Bilateral;
        for (var i = 0; i < 2000; i++)
        {
            var id = new RoundId($"follow-up-{i}");
            var day = Moment.On(Day(2023, 1, 1).PlusDays(i));
            negotiation = negotiation.Record(Planned(new Round(id, RoundFormat.Bilateral, [Russia, Usa], day) { Precondition = Precondition.RoundHeld(previous) })).Case;
            previous = id;
        }

        Validator.TestValidate(negotiation).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_LogEntry_ReportsUnderItsIndex()
    {
        // A log edited behind the checks: the data must say it is unchecked, as a per-party view's does.
        var badSource = Base.Log[0] with { Source = new Source("", Day(2022, 6, 1)) };
        var edited = Base.With(Base.Data with { Log = Base.Log.Skip(1).Aggregate(AppendVector<Fact>.Empty.Add(badSource), (log, fact) => log.Add(fact)), LogChecked = false });

        Validator.TestValidate(edited).ShouldFail("Log[0].Source.Outlet", ErrorCodes.SourceRequired);
    }

    [Fact]
    public void Validate_DevelopmentRecordedLateThatBlocksAHeldRound_WarnsThatThePreconditionsWereBrokenLater()
    {
        // The bilateral round may go ahead only if no invasion has happened; it was held on 10 January, and an invasion
        // dated 5 January is recorded only afterwards. Recording it is legal, and so was holding the round as then known:
        // the round went ahead regardless, which is a warning, never an error, in a case built by successful changes.
        var guarded = new Round(new RoundId("guarded"), RoundFormat.Bilateral, [Russia, Usa], EarlyIn(2022, 1))
        {
            Precondition = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, Ukraine),
        };
        var negotiation = Base.Given(Planned(guarded), Held(guarded.Id, Day(2022, 1, 10)));
        var invasion = new Development(new DevelopmentId("invasion"), DevelopmentKind.Invasion, "Invasion of Ukraine.") { Actors = [Russia], Targets = [Ukraine] };

        var later = negotiation.Record(Happened(invasion, Moment.On(Day(2022, 1, 5))));

        later.Succeeded.Should().BeTrue();
        var result = later.Case.Validate();
        result.Errors.Where(e => e.Severity == Severity.Error).Should().BeEmpty();
        result.Errors.Should().ContainSingle(e => e.ErrorCode == ErrorCodes.PreconditionsBrokenLater)
            .Which.PropertyName.Should().Be("Rounds[guarded].Precondition");
        negotiation.Validate().Errors.Should().NotContain(e => e.ErrorCode == ErrorCodes.PreconditionsBrokenLater, "before the late report nothing was broken");
    }

    [Fact]
    public void ValidateEntity_WithAndWithoutTheCase_ReportsTheSamePathsForSelfContainedRules()
    {
        var party = new State(Russia, "", "RUS");

        var alone = PartyValidator.Instance.Validate(party).Errors.Select(f => (f.ErrorCode, f.PropertyName));
        var inCase = PartyValidator.Instance.Validate(party, Base).Errors.Select(f => (f.ErrorCode, f.PropertyName));

        alone.Should().BeEquivalentTo(inCase);
        alone.Should().Contain((ErrorCodes.NameRequired, "Parties[russia].Name"));
    }

    [Fact]
    public void Instances_Always_AreCachedAndStopAtTheFirstFailureOfARule()
    {
        IValidator[] validators =
        [
            PartyValidator.Instance, RepresentativeValidator.Instance, TopicValidator.Instance, DemandValidator.Instance,
            ProposalValidator.Instance, DocumentValidator.Instance, RoundValidator.Instance, PreconditionValidator.Instance,
            CommitmentValidator.Instance, StatementValidator.Instance, DeadlineValidator.Instance, DevelopmentValidator.Instance,
            AgreementValidator.Instance, SourceValidator.Instance, FactValidator.Instance, NegotiationCaseValidator.Instance,
        ];

        PartyValidator.Instance.Should().BeSameAs(PartyValidator.Instance);
        foreach (var validator in validators)
        {
            validator.GetType().GetProperty("RuleLevelCascadeMode")!.GetValue(validator).Should().Be(CascadeMode.Stop, validator.GetType().Name);
        }

        ValidatorOptions.Global.DefaultRuleLevelCascadeMode.Should().Be(CascadeMode.Continue, "the library leaves the global options alone");
    }

    private static DateWindow EarlyIn(int year, int month) => DateWindow.EarlyIn(new YearMonth(year, month));
}
