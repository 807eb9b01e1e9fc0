using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Representatives;

public sealed class RepresentativeTests
{
    private static readonly Representative Lavrov = new(TestWorld.Lavrov, "Sergei Lavrov", "Foreign Minister", TestWorld.Russia, new TermOfOffice(new LocalDate(2004, 3, 9)));

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Representative(default, "Sergei Lavrov", "Foreign Minister", TestWorld.Russia, default);

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Constructor_DefaultParty_ThrowsArgumentException()
    {
        var act = () => new Representative(TestWorld.Lavrov, "Sergei Lavrov", "Foreign Minister", default, default);

        act.Should().Throw<ArgumentException>().WithParameterName("Party");
    }

    [Fact]
    public void With_NullOffice_ThrowsArgumentNullException()
    {
        var act = () => Lavrov with { Office = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Office");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Lavrov,
            new Representative(new RepresentativeId("lavrov"), "Sergei Lavrov", "Foreign Minister", new PartyId("russia"), new TermOfOffice(new LocalDate(2004, 3, 9))),
            Lavrov with { Name = "S. Lavrov" },
            Lavrov with { Office = "Deputy Foreign Minister" },
            Lavrov with { Party = TestWorld.Ukraine },
            Lavrov with { Term = new TermOfOffice(new LocalDate(2004, 3, 9), new LocalDate(2030, 1, 1)) },
            Lavrov with { Id = TestWorld.Ryabkov });
}
