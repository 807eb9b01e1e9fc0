using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Parties;

/// <summary>
/// An organisation of 100,000 members (issue 13, finding 4): registering it, validating the whole case, and one more
/// member joining, against the pairwise overlap check the validator used before.
/// </summary>
/// <remarks>
/// <para>Members are organisations (a state needs one of the 676 two-letter ISO codes), registered beforehand. Before the
/// fix, registering took 34 s and <see cref="NegotiationCase.Validate()"/> 32 s at 100,000 members: every period was
/// compared with every earlier one. The baseline is that pairwise check on its own.</para>
/// <para>One more member is O(change): <see cref="MembershipBegan"/> checks the new period against its member's own periods,
/// found through the case's index, and appends it to the organisation's persistent list of periods.</para>
/// </remarks>
[MemoryDiagnoser]
public class MembershipBenchmarks
{
    private static readonly LocalDate Founded = new(1949, 8, 24);
    private static readonly PartyId Alliance = new("alliance");

    private NegotiationCase members = null!;
    private NegotiationCase registered = null!;
    private PartyRegistered registration = null!;
    private MembershipBegan joining = null!;
    private Membership[] periods = [];

    [Params(10_000, 100_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var ids = Enumerable.Range(0, Members).Select(i => new PartyId($"member-{i:D6}")).ToArray();
        members = NegotiationCase.Create(new CaseId("memberships"), "Memberships")
            .RecordAll(ids.Select(id => Registered(new Organisation(id, $"Member {id}", OrganisationKind.Forum), Founded.PlusDays(-1)))).Case;
        periods = [.. ids.Select(id => new Membership(id, Founded))];
        registration = Registered(new Organisation(Alliance, "Alliance", OrganisationKind.Alliance, [.. periods]), Founded);
        registered = members.Record(registration).Case;
        var newcomer = new PartyId("newcomer");
        registered = registered.Record(Registered(new Organisation(newcomer, "Newcomer", OrganisationKind.Forum), Founded)).Case;
        var day = Founded.PlusDays(1);
        joining = new MembershipBegan { Organisation = Alliance, Member = newcomer, Joined = day, Occurred = day, Recorded = RecordedOn(day), Source = new Source("Reuters", day) };
    }

    /// <summary>The check the validator made before: each period against every earlier one.</summary>
    [Benchmark(Baseline = true)]
    public int PairwiseOverlaps()
    {
        var overlaps = 0;
        for (var i = 0; i < periods.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (periods[j].Member == periods[i].Member && periods[j].Joined <= periods[i].Joined)
                {
                    overlaps++;
                }
            }
        }

        return overlaps;
    }

    [Benchmark]
    public bool RegisterOrganisation() => members.Record(registration).Succeeded;

    [Benchmark]
    public ValidationResult ValidateCase() => registered.Validate();

    [Benchmark]
    public bool OneMoreMember() => registered.Record(joining).Succeeded;

    private static PartyRegistered Registered(Party party, LocalDate day) =>
        new() { Party = party, Occurred = day, Recorded = RecordedOn(day), Source = new Source("Reuters", day) };

    private static Instant RecordedOn(LocalDate day) => day.PlusDays(1).AtMidnight().InUtc().ToInstant();
}
