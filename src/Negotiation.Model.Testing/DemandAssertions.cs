using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Negotiation.Model.Testing;

/// <summary>FluentAssertions for a demand in its case: where does it stand with each addressee?</summary>
public sealed class DemandAssertions : ReferenceTypeAssertions<DemandInCase, DemandAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The demand under test.</param>
    public DemandAssertions(DemandInCase subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "demand";

    /// <summary>Asserts that <paramref name="party"/> rejects the demand, wholly or (with <paramref name="inPart"/>) in part.</summary>
    /// <param name="party">The addressee's id.</param>
    /// <param name="inPart">Whether a partial rejection is expected.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the status with its reason.</returns>
    [CustomAssertion]
    public AndWhichConstraint<DemandAssertions, AddresseeStatus> BeRejectedBy(string party, bool inPart = false, string because = "", params object[] becauseArgs) =>
        HaveStatus(party, inPart ? DemandStatus.PartlyRejected : DemandStatus.Rejected, because, becauseArgs);

    /// <summary>Asserts that the demand is still open for <paramref name="party"/>: tabled, under discussion, or rejected
    /// (a rejection does not close a demand; withdrawal, replacement and acceptance do).</summary>
    /// <param name="party">The addressee's id.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the status with its reason.</returns>
    [CustomAssertion]
    public AndWhichConstraint<DemandAssertions, AddresseeStatus> BeOpenFor(string party, string because = "", params object[] becauseArgs)
    {
        var status = StatusFor(party, because, becauseArgs);
        if (status is not null)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(status.IsOpen)
                .FailWith(Message.Escape($"Expected demand {Subject.Demand.Id} to be open for {party}") + "{reason}"
                    + Message.Escape($", but it is {status.Status}: {status.Reason}."));
        }

        return new(this, status!);
    }

    /// <summary>Asserts the demand's status with one addressee.</summary>
    /// <param name="party">The addressee's id.</param>
    /// <param name="expected">The status expected.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the status with its reason.</returns>
    [CustomAssertion]
    public AndWhichConstraint<DemandAssertions, AddresseeStatus> HaveStatus(string party, DemandStatus expected, string because = "", params object[] becauseArgs)
    {
        var status = StatusFor(party, because, becauseArgs);
        if (status is not null)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(status.Status == expected)
                .FailWith(Message.Escape($"Expected demand {Subject.Demand.Id} to be {expected} by {party}") + "{reason}"
                    + Message.Escape($", but it is {status.Status}: {status.Reason}."));
        }

        return new(this, status!);
    }

    private AddresseeStatus? StatusFor(string party, string because, object[] becauseArgs)
    {
        var addressee = new PartyId(party);
        var addressed = Subject.Demand.Addressees.Contains(addressee);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(addressed)
            .FailWith(Message.Escape($"Expected demand {Subject.Demand.Id} to have a status for {party}") + "{reason}"
                + Message.Escape($", but it is addressed to {Subject.Demand.Addressees} only."));
        return addressed ? Subject.Case.StatusesOf(Subject.Demand.Id).First(s => s.Addressee == addressee) : null;
    }
}
