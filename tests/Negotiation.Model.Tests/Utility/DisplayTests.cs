using System.Globalization;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Utility;

/// <summary>What a debugger, a log line or an exception message shows of the model: short, and the same in every culture.</summary>
public sealed class DisplayTests
{
    [Fact]
    public void ToString_Organisation_IsKindIdAndName() =>
        Case.Parties[Nato].ToString().Should().Be("Organisation nato (NATO)");

    [Fact]
    public void ToString_EveryEntityOfTheSeedCase_IsOneShortLineStartingWithItsKindAndId()
    {
        IEnumerable<(object Entity, string Id)> entities =
        [
            .. Case.Parties.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Representatives.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Topics.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Demands.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Documents.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Rounds.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Commitments.Values.Select(e => ((object)e, e.Id.ToString())),
            .. Case.Statements.Values.Select(e => ((object)e, e.Id.ToString())),
        ];

        foreach (var (entity, id) in entities)
        {
            var text = entity.ToString()!;
            text.Should().StartWith($"{entity.GetType().Name} {id}").And.NotContain("\n");
            text.Length.Should().BeLessThan(id.Length + entity.GetType().Name.Length + 65, text);
        }
    }

    [Fact]
    public void ToString_LongDemandText_IsShortenedWithAnEllipsis()
    {
        var demand = new Demand(new DemandId("long"), Russia, [Nato], new string('x', 200));

        demand.ToString().Should().Be($"Demand long ({new string('x', 59)}…)");
    }

    [Fact]
    public void ToString_FactsAndSources_AreTheSameUnderAnyCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Case.Log.Select(f => f.ToString()).ToList();
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            var french = Case.Log.Select(f => f.ToString()).ToList();

            french.Should().Equal(invariant);
            french.Should().Contain(line => line.Contains("2021-12-22", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
