using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Agreements;

public sealed class AgreementTests
{
    private const string Path = "Agreements[ru-us-treaty]";
    private static readonly AgreementId Id = new("ru-us-treaty");
    private static readonly DocumentId Text = new("ru-us-treaty-text");
    private static readonly LocalDate Signed = new(2022, 6, 1);

    /// <summary>The world with the agreed text presented (jointly written, so addressed to nobody: it is public) and the
    /// agreement adopted: entry into force 30 days after the second ratification, withdrawal six months after
    /// notice.</summary>
    private static readonly NegotiationCase Adopted = TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(new Document(Text, DocumentKind.DraftTreaty, "Treaty on security guarantees", [TestWorld.Russia, TestWorld.UnitedStates], []) { Visibility = Visibility.Public }, new LocalDate(2022, 5, 1)),
        Given.AgreementAdopted(Treaty(), new LocalDate(2022, 5, 15)));

    private static readonly NegotiationCase Signed2 = Adopted.RecordOrThrow(
        Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Signed, TestWorld.Russia),
        Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Signed, TestWorld.UnitedStates));

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Agreement(default, Text, [TestWorld.Russia], MilestoneRule.When(DevelopmentKind.Other));

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Constructor_NullRule_ThrowsArgumentNullException()
    {
        var act = () => new Agreement(Id, Text, [TestWorld.Russia], null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("EntryIntoForce");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Treaty(),
            Treaty(),
            Treaty() with { WithdrawalNotice = null },
            Treaty() with { Parties = [TestWorld.Russia] },
            Treaty() with { EntryIntoForce = MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), count: 1) },
            Treaty() with { Text = new DocumentId("other-text") });

    [Fact]
    public void AgreementAdopted_WellFormed_StartsWithoutSteps()
    {
        var agreement = TestWorld.Case.RecordOrThrow(Given.DocumentPresented(new Document(Text, DocumentKind.DraftTreaty, "Treaty", [TestWorld.Russia], [TestWorld.UnitedStates]), new LocalDate(2022, 5, 1)))
            .ShouldAccept(Given.AgreementAdopted(Treaty(), new LocalDate(2022, 5, 15))).Agreements[Id];

        agreement.Steps.Should().BeEmpty();
        agreement.Parties.Should().Equal(TestWorld.Russia, TestWorld.UnitedStates);
    }

    [Fact]
    public void AgreementAdopted_TakenId_FailsWithDuplicateId()
    {
        var error = Adopted.ShouldRefuse(Given.AgreementAdopted(Treaty(), new LocalDate(2022, 5, 16)), ErrorCodes.DuplicateId, Path);

        error.ErrorMessage.Should().StartWith("An agreement with id 'ru-us-treaty' is already recorded");
    }

    [Fact]
    public void AgreementAdopted_UnknownText_FailsWithUnknownDocument() =>
        TestWorld.Case.ShouldRefuse(Given.AgreementAdopted(Treaty(), new LocalDate(2022, 5, 15)), ErrorCodes.UnknownDocument, Path + ".Text");

    [Fact]
    public void AgreementAdopted_NoParty_FailsWithAgreementWithoutParties() =>
        Adopted.ShouldRefuse(Given.AgreementAdopted(Treaty() with { Id = new AgreementId("other"), Parties = [] }, new LocalDate(2022, 5, 16)), ErrorCodes.AgreementWithoutParties, "Agreements[other].Parties");

    [Fact]
    public void AgreementAdopted_UnknownParty_FailsWithUnknownParty() =>
        Adopted.ShouldRefuse(Given.AgreementAdopted(Treaty() with { Id = new AgreementId("other"), Parties = [TestWorld.Atlantis] }, new LocalDate(2022, 5, 16)), ErrorCodes.UnknownParty, "Agreements[other].Parties[0]");

    [Fact]
    public void AgreementAdopted_Describe_NamesTextAndParties() =>
        Given.AgreementAdopted(Treaty(), new LocalDate(2022, 5, 15)).Describe().Should().Be("agreement ru-us-treaty on the text ru-us-treaty-text adopted by russia, united-states");

    [Fact]
    public void AgreementStepTaken_SignatureByAParty_IsKeptDatedAndPerParty()
    {
        var agreement = Adopted.ShouldAccept(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Signed, TestWorld.Russia)).Agreements[Id];

        agreement.Steps.Should().Equal(new AgreementStep(AgreementStepKind.Signature, Signed, TestWorld.Russia));
        agreement.StepsOf(TestWorld.Russia).Should().ContainSingle();
        agreement.StepsOf(TestWorld.UnitedStates).Should().BeEmpty();
    }

    [Fact]
    public void AgreementStepTaken_ConclusionWithoutParty_IsAccepted() =>
        Adopted.ShouldAccept(Given.AgreementStepTaken(Id, AgreementStepKind.Conclusion, new LocalDate(2022, 5, 16)))
            .Agreements[Id].Steps.Should().Equal(new AgreementStep(AgreementStepKind.Conclusion, new LocalDate(2022, 5, 16)));

    [Fact]
    public void AgreementStepTaken_ZonedTime_IsDatedToTheLocalDay() =>
        Adopted.ShouldAccept(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Moment.InZone(new LocalDateTime(2022, 6, 1, 23, 30), "America/New_York"), TestWorld.UnitedStates))
            .Agreements[Id].Steps[0].On.Should().Be(new LocalDate(2022, 6, 1));

    [Fact]
    public void AgreementStepTaken_RatificationAfterSignature_IsAccepted() =>
        Signed2.ShouldAccept(Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2022, 7, 1), TestWorld.Russia));

    [Fact]
    public void AgreementStepTaken_UnknownAgreement_FailsWithUnknownAgreement() =>
        TestWorld.Case.ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Conclusion, Signed), ErrorCodes.UnknownAgreement, Path);

    [Fact]
    public void AgreementStepTaken_NotDatedToTheDay_FailsWithStepNotDatedToTheDay() =>
        Adopted.ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, DateWindow.EarlyIn(new YearMonth(2022, 6)), TestWorld.Russia), ErrorCodes.StepNotDatedToTheDay, Path + ".Steps");

    [Theory]
    [InlineData(AgreementStepKind.Initialling)]
    [InlineData(AgreementStepKind.Signature)]
    [InlineData(AgreementStepKind.Ratification)]
    [InlineData(AgreementStepKind.WithdrawalNotice)]
    public void AgreementStepTaken_PerPartyStepWithoutParty_FailsWithStepWithoutParty(AgreementStepKind step) =>
        Adopted.ShouldRefuse(Given.AgreementStepTaken(Id, step, Signed), ErrorCodes.StepWithoutParty, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_ByANonParty_FailsWithStepByNonParty() =>
        Adopted.ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Signed, TestWorld.Germany), ErrorCodes.StepByNonParty, Path + ".Steps");

    [Theory]
    [InlineData(AgreementStepKind.Initialling)]
    [InlineData(AgreementStepKind.Signature)]
    public void AgreementStepTaken_SameStepTwiceByOneParty_FailsWithStepRepeated(AgreementStepKind step) =>
        Adopted.RecordOrThrow(Given.AgreementStepTaken(Id, step, Signed, TestWorld.Russia))
            .ShouldRefuse(Given.AgreementStepTaken(Id, step, Signed.PlusDays(1), TestWorld.Russia), ErrorCodes.StepRepeated, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_SecondRatification_FailsWithStepRepeated() =>
        Signed2.RecordOrThrow(Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2022, 7, 1), TestWorld.Russia))
            .ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2022, 7, 2), TestWorld.Russia), ErrorCodes.StepRepeated, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_RatificationBeforeSignature_FailsWithRatifiedBeforeSigned() =>
        Adopted.ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, Signed, TestWorld.Russia), ErrorCodes.RatifiedBeforeSigned, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_Describe_NamesStepAgreementAndParty()
    {
        Given.AgreementStepTaken(Id, AgreementStepKind.Signature, Signed, TestWorld.Russia).Describe().Should().Be("Signature of ru-us-treaty by russia");
        Given.AgreementStepTaken(Id, AgreementStepKind.Conclusion, Signed).Describe().Should().Be("Conclusion of ru-us-treaty");
    }

    [Fact]
    public void EntryIntoForceDate_SecondRatification_IsThirtyDaysLater()
    {
        var negotiation = Signed2.RecordOrThrow(
            Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2022, 7, 1), TestWorld.Russia),
            Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2022, 7, 20), TestWorld.UnitedStates));
        var agreement = negotiation.Agreements[Id];

        agreement.EntryIntoForceDate(negotiation.Developments.Values, new LocalDate(2022, 7, 19)).Should().BeNull();
        agreement.EntryIntoForceDate(negotiation.Developments.Values, new LocalDate(2022, 7, 20)).Should().Be(new LocalDate(2022, 8, 19));
    }

    [Fact]
    public void WithdrawalEffective_NoNotice_IsNull() =>
        Signed2.Agreements[Id].WithdrawalEffective(TestWorld.Russia).Should().BeNull();

    [Fact]
    public void WithdrawalEffective_Notice_IsTheNoticePeriodLater() =>
        Signed2.RecordOrThrow(Given.AgreementStepTaken(Id, AgreementStepKind.WithdrawalNotice, new LocalDate(2023, 2, 21), TestWorld.Russia))
            .Agreements[Id].WithdrawalEffective(TestWorld.Russia).Should().Be(new LocalDate(2023, 8, 21));

    [Fact]
    public void WithdrawalEffective_SeveralNotices_CountsTheLast() =>
        Signed2.RecordOrThrow(
                Given.AgreementStepTaken(Id, AgreementStepKind.WithdrawalNotice, new LocalDate(2023, 2, 21), TestWorld.Russia),
                Given.AgreementStepTaken(Id, AgreementStepKind.WithdrawalNotice, new LocalDate(2023, 3, 1), TestWorld.Russia))
            .Agreements[Id].WithdrawalEffective(TestWorld.Russia).Should().Be(new LocalDate(2023, 9, 1));

    [Fact]
    public void WithdrawalEffective_TextWithoutNoticePeriod_IsTheDayOfNotice()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DocumentPresented(new Document(Text, DocumentKind.DraftTreaty, "Treaty", [TestWorld.Russia], [TestWorld.UnitedStates]), new LocalDate(2022, 5, 1)),
            Given.AgreementAdopted(Treaty() with { WithdrawalNotice = null }, new LocalDate(2022, 5, 15)),
            Given.AgreementStepTaken(Id, AgreementStepKind.WithdrawalNotice, new LocalDate(2023, 2, 21), TestWorld.Russia));

        negotiation.Agreements[Id].WithdrawalEffective(TestWorld.Russia).Should().Be(new LocalDate(2023, 2, 21));
        negotiation.Agreements[Id].WithdrawalEffective(TestWorld.UnitedStates).Should().BeNull();
    }

    [Fact]
    public void AgreementStep_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new AgreementStep(AgreementStepKind.Signature, Signed, TestWorld.Russia),
            new AgreementStep(AgreementStepKind.Signature, Signed, TestWorld.Russia),
            new AgreementStep(AgreementStepKind.Ratification, Signed, TestWorld.Russia),
            new AgreementStep(AgreementStepKind.Signature, Signed.PlusDays(1), TestWorld.Russia),
            new AgreementStep(AgreementStepKind.Signature, Signed));

    private static Agreement Treaty() =>
        new(Id, Text, [TestWorld.Russia, TestWorld.UnitedStates], MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), count: 2))
        {
            WithdrawalNotice = Period.FromMonths(6),
        };
}
