using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>A null inside a list of values is a programming error: it is refused where the value is made, with an
/// <see cref="ArgumentNullException"/>, instead of a <see cref="NullReferenceException"/> from a later query.</summary>
public sealed class NullPartsTests
{
    [Fact]
    public void Round_NullSide_ThrowsArgumentNullException()
    {
        var act = () => new Round(TestWorld.BilateralId, RoundFormat.Bilateral, [new RoundSide(TestWorld.Russia), null!], TestWorld.EarlyJanuary);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Sides");
    }

    [Fact]
    public void RoundWith_NullSide_ThrowsArgumentNullException()
    {
        var act = () => TestWorld.Bilateral() with { Sides = [null!] };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Sides");
    }

    [Fact]
    public void DocumentPresented_NullProvision_ThrowsArgumentNullException()
    {
        var act = () => Given.DocumentPresented(TestWorld.RussianDraft(), TestWorld.ArticleDay, new Provision("1", "Text."), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Provisions");
    }

    [Fact]
    public void DocumentRevised_NullProvision_ThrowsArgumentNullException()
    {
        var act = () => Given.DocumentRevised(new DocumentId("ru-nato-draft"), TestWorld.Russia, TestWorld.ArticleDay, new Provision("1", "Text."), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Provisions");
    }

    [Fact]
    public void DocumentRevision_NullProvision_ThrowsArgumentNullException()
    {
        var act = () => new DocumentRevision(1, TestWorld.ArticleDay, [null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Provisions");
    }

    [Fact]
    public void Record_RoundWithNullPreconditionPart_IsImpossible()
    {
        // The repro: new NotCondition(null) was accepted by Record, and CanStart, Validate and RoundHeld then threw.
        var act = () => TestWorld.NatoRound() with { Precondition = new AllOfCondition([Precondition.RoundHeld(TestWorld.BilateralId), null!]) };

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FactWith_NullReport_ThrowsArgumentNullException()
    {
        // Found by the hostile-input suite: a null report was accepted, and Record then threw a NullReferenceException.
        var act = () => Given.RoundAgreed(TestWorld.BilateralId, TestWorld.ArticleDay) with { Reports = [null!] };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Reports");
    }
}
