using CsCheck;
using FluentAssertions.Execution;
using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Properties;

/// <summary><see cref="NegotiationCase.Validate"/> does not run <see cref="FactValidator"/> again over a log whose facts
/// passed it when recorded (<see cref="CaseData.LogChecked"/>). These properties test the premise, and that leaving the
/// second run out changes no answer, over generated histories of every fact kind.</summary>
public sealed class LogCheckProperties
{
    [Fact]
    public void EveryLoggedFact_OfAnyAcceptedHistory_PassesTheFactValidatorAgain() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);

                using (new AssertionScope(Generators.AddedFacts(negotiation)))
                {
                    negotiation.Data.LogChecked.Should().BeTrue("every fact went through Record");
                    foreach (var fact in negotiation.Log)
                    {
                        FactValidator.Instance.Validate(fact).Errors.Should().BeEmpty("{0} passed the fact validator when it was recorded, and the validator reads only the fact", fact.Describe());
                    }
                }
            },
            iter: 1000, threads: 1);

    [Fact]
    public void Validate_OfAnyAcceptedHistory_EqualsValidatingEveryLogEntryAgain() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);
                var revalidated = negotiation.With(negotiation.Data with { LogChecked = false });

                Failures(negotiation.Validate()).Should().Equal(Failures(revalidated.Validate()), Generators.AddedFacts(negotiation));
            },
            iter: 1000, threads: 1);

    [Fact]
    public void EveryCaseMadeFromACheckedLog_IsChecked_AndEveryViewIsNot() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);
                var day = negotiation.Log.Count == 0 ? NodaTime.LocalDate.MinIsoValue : negotiation.Log[negotiation.Log.Count / 2].Occurred.EarliestDate;
                var all = NegotiationCase.Create(negotiation.Id, negotiation.Title).RecordAll(negotiation.Log).Case;
                var view = negotiation.AsSeenBy(TestWorld.Russia);

                using (new AssertionScope(Generators.AddedFacts(negotiation)))
                {
                    all.Data.LogChecked.Should().BeTrue("RecordAll checks every fact");
                    negotiation.AsOf(day).Data.LogChecked.Should().BeTrue("as of restores checked data");
                    view.Data.LogChecked.Should().BeFalse("a view's facts are redacted copies evolved without a check");
                    view.AsOf(day).Data.LogChecked.Should().BeFalse("the view's past is as unchecked as its present");
                }
            },
            iter: 300, threads: 1);

    private static IEnumerable<string> Failures(FluentValidation.Results.ValidationResult result) =>
        result.Errors.Select(e => $"{e.Severity} {e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}");
}
