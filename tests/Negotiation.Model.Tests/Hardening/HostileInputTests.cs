using System.Reflection;
using CsCheck;
using FluentAssertions.Execution;
using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>The hostile-input suite (issue 13): generated facts of every kind, each given one hostile field value, are
/// recorded in generated cases. Each is either refused at construction with an <see cref="ArgumentException"/> (a null or
/// out-of-range argument, a programming error), refused by <c>Record</c> with coded errors (every code an
/// <see cref="ErrorCodes"/> constant), or recorded; the case it was recorded in answers every query as before, and the case
/// it yields answers every query.</summary>
/// <remarks>A CI run tries <see cref="Histories"/> histories of up to 30 generated facts, each followed by up to
/// <see cref="HostilePerHistory"/> hostile facts (tests/README.md records the total).</remarks>
public sealed class HostileInputTests
{
    /// <summary>How many generated histories a run tries.</summary>
    public const int Histories = 3000;

    /// <summary>The most hostile facts tried on one history.</summary>
    public const int HostilePerHistory = 8;

    private static readonly HashSet<string> Codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    private static readonly CalendarSystem Julian = CalendarSystem.Julian;

    /// <summary>Strings no well-formed text holds, or holds too much of.</summary>
    private static readonly Gen<string> HostileText = Gen.OneOf(
        Gen.Const(""),
        Gen.Const(" \t "),
        Gen.Const("nul\0inside"),
        Gen.Const("bell\a and escape \u001b"),
        Gen.Const("right-to-left \u202e override"),
        Gen.Const("lone \ud800 surrogate"),
        Gen.Const(new string('x', 1_000_000)),
        Gen.Char.Array[0, 40].Select(chars => new string(chars)));

    /// <summary>Days at the ends of time and in another calendar.</summary>
    private static readonly Gen<LocalDate> HostileDate = Gen.OneOf(
        Gen.Const(LocalDate.MinIsoValue),
        Gen.Const(LocalDate.MaxIsoValue),
        Gen.Const(default(LocalDate)),
        Gen.Const(new LocalDate(2021, 12, 9, Julian)),
        Gen.Const(new LocalDate(1443, 5, 18, CalendarSystem.IslamicBcl)),
        Gen.Int[-9998, 9999].Select(year => new LocalDate(year, 12, 31)));

    private static readonly Gen<Moment> HostileMoment = Gen.OneOf(
        Gen.Const(default(Moment)),
        HostileDate.Select(Moment.On),
        Gen.OneOf(Gen.Const(Instant.MinValue), Gen.Const(Instant.MaxValue)).Select(Moment.At),
        Gen.Const(Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0, Julian), "Europe/Zurich")));

    private static readonly Gen<int> OutOfRange = Gen.OneOf(Gen.Const(-1), Gen.Const(99), Gen.Const(int.MaxValue), Gen.Const(int.MinValue));

    /// <summary>Depths from shallow to deeper than a case accepts, up to deeper than can be made (built in the thunk).</summary>
    private static readonly Gen<int> Depth = Gen.Int[2, Precondition.MaxDepth + 2];

    private static Precondition Deep(int depth)
    {
        var precondition = Precondition.NotBefore(TestWorld.ArticleDay);
        for (var i = 1; i < depth; i++)
        {
            precondition = i % 2 == 0 ? !precondition : precondition & Precondition.RoundHeld(new RoundId("r1"));
        }

        return precondition;
    }

    /// <summary>A fact of every kind with one hostile field: a thunk, since making it may be refused with an exception.</summary>
    private static readonly Gen<Func<Fact>> HostileFact = Gen.Select(Generators.Fact, Gen.Int[0, 9], HostileText, HostileMoment, HostileDate, OutOfRange, Depth)
        .Select(x => (Func<Fact>)(() => Hostile(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5, x.Item6, x.Item7)));

    [Fact]
    public void Record_HostileFactOfEveryKind_IsRefusedWithACodeOrRecordedAndEveryQueryAnswers()
    {
        var outcomes = new Dictionary<string, int>();
        void Count(string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

        Gen.Select(Generators.Facts, HostileFact.Array[1, HostilePerHistory]).Sample(
            (facts, hostile) =>
            {
                var negotiation = Generators.Accepted(facts);
                var before = CaseAnswers.Of(negotiation, TestWorld.Atlantis);
                foreach (var make in hostile)
                {
                    Fact fact;
                    try
                    {
                        fact = make();
                    }
                    catch (ArgumentException)
                    {
                        Count("refused where made");
                        continue; // refused where it is made: a documented programming error
                    }

                    using var scope = new AssertionScope($"recording {fact.GetType().Name}");
                    var result = negotiation.Record(fact);
                    Count(result.Succeeded ? "recorded" : "refused with a code");
                    if (result.Succeeded)
                    {
                        var recorded = result.Case;
                        CaseAnswers.Of(recorded, TestWorld.Atlantis).Should().NotBeEmpty();
                        CaseAnswers.Of(recorded.AsSeenBy(TestWorld.Eu)).Should().NotBeEmpty();
                        CaseAnswers.Of(recorded.AsOf(TestWorld.ArticleDay)).Should().NotBeEmpty();
                        CaseAnswers.Of(recorded.KnownOn(Instant.FromUtc(2022, 1, 1, 0, 0))).Should().NotBeEmpty();
                        recorded.ChangesSince(negotiation).Added.Should().ContainSingle();
                    }
                    else
                    {
                        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => Codes.Contains(e.ErrorCode), "every refusal carries a documented code");
                    }
                }

                CaseAnswers.Of(negotiation, TestWorld.Atlantis).Should().Equal(before, "recording never alters the case it is called on");
            },
            iter: Histories,
            threads: 1);

        // The suite reaches each outcome, so it can fail on each.
        outcomes.Keys.Should().BeEquivalentTo(["refused where made", "recorded", "refused with a code"]);
    }

    private static Fact Hostile(Fact fact, int choice, string text, Moment moment, LocalDate date, int number, int depth) => choice switch
    {
        0 => fact with { Occurred = moment },
        1 => fact with { Source = fact.Source with { Outlet = text, Speaker = text, Channel = text, Reference = text } },
        2 => fact with { Source = new Source("An outlet", date) },
        3 => fact with { Reports = [new Report(new Source(text, date), moment)] },
        4 => fact with { Recorded = number < 0 ? Instant.MinValue : Instant.MaxValue },
        5 => fact with { Reports = [null!] },
        _ => OwnField(fact, choice, text, moment, date, number, depth),
    };

    /// <summary>A hostile value in a field of the fact's own kind.</summary>
    private static Fact OwnField(Fact fact, int choice, string text, Moment moment, LocalDate date, int number, int depth) => fact switch
    {
        RoundPlanned planned => choice switch
        {
            6 => planned with { Round = planned.Round with { Title = text, Kind = (RoundKind)number } },
            7 => planned with { Round = planned.Round with { Precondition = Deep(depth), Channel = (RoundChannel)number } },
            8 => planned with { Round = planned.Round with { Planned = moment, PlannedEnd = Moment.On(date) } },
            _ => planned with { Round = planned.Round with { Agenda = new Agenda { Documents = [new DocumentId("nowhere")], Demands = [default] } } },
        },
        RoundPreconditionsChanged changed => changed with { Precondition = choice % 2 == 0 ? Deep(depth) : Precondition.NotAfter(date), Reason = text },
        RoundPostponed postponed => postponed with { Reason = text, NewPlanned = moment },
        RoundCancelled cancelled => cancelled with { Reason = text },
        RoundRescheduled rescheduled => rescheduled with { Planned = moment },
        RoundHeld held => held with { Ended = moment, Attendance = [new Attendance(TestWorld.Lavrov, moment)] },
        RoundConcluded concluded => concluded with { Outcome = new RoundOutcome(text) { FollowUp = text, Statements = [new StatementId("nowhere")] } },
        DemandTabled tabled => tabled with { Demand = tabled.Demand with { Text = text, Kind = (DemandKind)number, Package = text } },
        DocumentPresented presented => choice % 2 == 0
            ? presented with { Document = presented.Document with { Title = text, Visibility = (Visibility)number } }
            : presented with { Provisions = [new Provision(text, text)] },
        StatementMade made => choice % 2 == 0
            ? made with { Statement = made.Statement with { Quote = text, Kind = (StatementKind)number, Outlet = text } }
            : made with { Statement = made.Statement with { Channel = (StatementChannel)number, Extent = (Extent)number, About = [SubjectRef.Demand(new DemandId("nowhere"))] } },
        DeadlineSet set => set with { Deadline = set.Deadline with { Due = date, What = text, DueWithin = DateWindow.On(date) } },
        DeadlineExtended extended => extended with { NewDue = date },
        PartyRegistered registered => registered with { Party = registered.Party with { Name = text } },
        MembershipBegan began => began with { Joined = date },
        MembershipEnded ended => ended with { Left = date },
        RepresentativeLeftOffice left => left with { LastDay = date },
        DevelopmentOccurred development => development with { Development = development.Development with { Description = text, Kind = (DevelopmentKind)number } },
        ProposalMade proposal => proposal with { Proposal = proposal.Proposal with { Text = text } },
        AgreementStepTaken step => step with { Step = (AgreementStepKind)number },
        _ => fact with { Occurred = moment },
    };
}
