using System.Text.RegularExpressions;
using CsCheck;

namespace Negotiation.Model.Tests.Properties;

public sealed partial class ValueProperties
{
    /// <summary>For each id type: build it from a slug and give back its text.</summary>
    private static readonly Func<string, string>[] RoundTrips =
    [
        s => new AgreementId(new AgreementId(s).ToString()).Value,
        s => new CaseId(new CaseId(s).ToString()).Value,
        s => new CommitmentId(new CommitmentId(s).ToString()).Value,
        s => new DeadlineId(new DeadlineId(s).ToString()).Value,
        s => new DemandId(new DemandId(s).ToString()).Value,
        s => new DevelopmentId(new DevelopmentId(s).ToString()).Value,
        s => new DocumentId(new DocumentId(s).ToString()).Value,
        s => new PartyId(new PartyId(s).ToString()).Value,
        s => new ProposalId(new ProposalId(s).ToString()).Value,
        s => new RepresentativeId(new RepresentativeId(s).ToString()).Value,
        s => new RoundId(new RoundId(s).ToString()).Value,
        s => new StatementId(new StatementId(s).ToString()).Value,
        s => new TopicId(new TopicId(s).ToString()).Value,
    ];

    [Fact]
    public void Ids_Slug_RoundTripsThroughToStringAndTheConstructor() =>
        Generators.Slug.Sample(slug => RoundTrips.All(roundTrip => roundTrip(slug) == slug));

    [Fact]
    public void Ids_Slug_EqualIdsFromEqualTextAndTryCreateAgrees() =>
        Generators.Slug.Sample(slug =>
            new PartyId(slug) == new PartyId(new string(slug.AsSpan()))
            && new PartyId(slug).GetHashCode() == new PartyId(new string(slug.AsSpan())).GetHashCode()
            && PartyId.TryCreate(slug, out var id) && id == new PartyId(slug));

    [Fact]
    public void Ids_AnyText_IsAcceptedExactlyWhenItIsASlug() =>
        Generators.AnyText.Sample(text => RoundId.TryCreate(text, out _) == SlugPattern().IsMatch(text));

    [Fact]
    public void Ids_TwoSlugs_OrderLikeOrdinalStringComparison() =>
        Gen.Select(Generators.Slug, Generators.Slug).Sample((a, b) =>
            Math.Sign(new TopicId(a).CompareTo(new TopicId(b))) == Math.Sign(string.CompareOrdinal(a, b)));

    [Fact]
    public void EquatableArray_TwoArrays_EqualExactlyWhenTheirItemsAreAndThenHashAlike() =>
        Gen.Select(Gen.Int[0, 2].Array[0, 3], Gen.Int[0, 2].Array[0, 3]).Sample((a, b) =>
        {
            var left = EquatableArray.Create<int>(a);
            var right = EquatableArray.Create<int>(b);
            var same = a.SequenceEqual(b);

            return (left == right) == same && left.Equals((object)right) == same && (!same || left.GetHashCode() == right.GetHashCode());
        });

    [GeneratedRegex("^(?=.{1,100}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
