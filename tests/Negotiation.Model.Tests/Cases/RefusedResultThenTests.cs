using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Cases;

public sealed class RefusedResultThenTests
{
    [Fact]
    public void Then_NullFactAfterARefusal_ThrowsArgumentNullException()
    {
        // A refused result records nothing more, but a missing fact is still the caller's error
        var refused = TestWorld.Case.Record(Given.PartyRegistered(new State(TestWorld.Russia, "Russia", "RU")));

        var act = () => refused.Then(null!);

        refused.Succeeded.Should().BeFalse();
        act.Should().Throw<ArgumentNullException>().WithParameterName("fact");
    }
}
