using System.Collections.Concurrent;
using CsCheck;
using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>Cases are immutable values, but some answers are computed lazily and cached inside them: shared between 8
/// reader threads and 4 writer threads deriving new versions, every answer must equal the single-threaded one.</summary>
public sealed class ConcurrencyTests
{
    private const int Readers = 8;
    private const int Writers = 4;
    private const int Cases = 6;

    private static readonly PartyId[] Viewers = [TestWorld.Russia, TestWorld.Eu, TestWorld.Ukraine];

    [Fact]
    public void Queries_SharedBetweenReadersAndWriters_AnswerAsSingleThreaded() =>
        Gen.Select(Generators.Facts.Array[Cases], Generators.Fact.Array[2, 4].Array[2 * Writers]).Sample(Race, iter: 2, threads: 1);

    /// <summary>Races the readers and writers over cases built from <paramref name="histories"/>; the writers derive new
    /// versions with <paramref name="derivations"/>.</summary>
    private static void Race(Fact[][] histories, Fact[][] derivations)
    {
        // The oracle: twins built apart from the shared cases, so no cache of a shared case is filled before the race.
        var expected = histories.Select(h => Answers(Generators.Accepted(h))).ToArray();
        var expectedDerived = derivations.Select(facts => facts.Select(f => histories.Select(h => Derive(Generators.Accepted(h), f)).Select(Answers).ToArray()).ToArray()).ToArray();

        var shared = histories.Select(Generators.Accepted).ToArray();
        var failures = new ConcurrentQueue<string>();
        using var start = new Barrier(Readers + Writers);

        void Read(int reader)
        {
            start.SignalAndWait();
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i < Cases; i++)
                {
                    var index = (i + reader) % Cases; // each reader starts on another case, so threads meet on cold caches
                    Compare(Answers(shared[index]), expected[index], $"reader {reader}, case {index}");
                }
            }
        }

        void Write(int writer)
        {
            start.SignalAndWait();
            for (var d = writer; d < derivations.Length; d += Writers)
            {
                for (var f = 0; f < derivations[d].Length; f++)
                {
                    for (var i = 0; i < Cases; i++)
                    {
                        Compare(Answers(Derive(shared[i], derivations[d][f])), expectedDerived[d][f][i], $"writer {writer}, case {i}, fact {f}");
                    }
                }
            }
        }

        void Compare(IReadOnlyList<string> actual, IReadOnlyList<string> wanted, string who)
        {
            if (!actual.SequenceEqual(wanted))
            {
                var first = actual.Zip(wanted).FirstOrDefault(p => p.First != p.Second);
                failures.Enqueue($"{who}: {first.First} instead of {first.Second}");
            }
        }

        var threads = Enumerable.Range(0, Readers).Select(r => new Thread(() => Guarded(() => Read(r))))
            .Concat(Enumerable.Range(0, Writers).Select(w => new Thread(() => Guarded(() => Write(w)))))
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        failures.Should().BeEmpty("every answer under races equals the single-threaded one");
        return;

        void Guarded(Action work)
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                failures.Enqueue(e.ToString());
            }
        }
    }

    /// <summary>A new version of the case: the fact recorded, or the case itself when it is refused.</summary>
    private static NegotiationCase Derive(NegotiationCase negotiation, Fact fact) =>
        negotiation.Record(fact).TryGetCase(out var changed) ? changed! : negotiation;

    private static IReadOnlyList<string> Answers(NegotiationCase negotiation) =>
        [.. CaseAnswers.Of(negotiation, Viewers), .. Viewers.SelectMany(v => CaseAnswers.Of(negotiation.AsSeenBy(v))), .. CaseAnswers.Of(negotiation.AsOf(TestWorld.ArticleDay))];
}
