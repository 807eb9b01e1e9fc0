using Negotiation.Model.Testing;

namespace Negotiation.Model.Json.Tests;

/// <summary>The buffer <see cref="CaseFile.SaveToUtf8Bytes"/> writes to: arrays rented from the shared pool, grown by
/// copying.</summary>
public sealed class PooledBufferTests
{
    [Fact]
    public void Write_PastItsCapacityInManyPieces_KeepsEveryByteInOrder()
    {
        using var buffer = new PooledBuffer(300);
        var expected = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 251)).ToArray();

        foreach (var chunk in expected.Chunk(37))
        {
            var span = buffer.GetSpan(chunk.Length);
            chunk.CopyTo(span);
            buffer.Advance(chunk.Length);
        }

        buffer.WrittenSpan.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void GetMemory_ASizeHintLargerThanDoubling_IsGranted()
    {
        using var buffer = new PooledBuffer(256);

        buffer.GetMemory(100_000).Length.Should().BeGreaterThanOrEqualTo(100_000);
    }

    [Fact]
    public void Advance_PastTheSpaceGiven_Throws()
    {
        using var buffer = new PooledBuffer(256);
        var free = buffer.GetSpan().Length;

        var advance = () => buffer.Advance(free + 1);

        advance.Should().Throw<InvalidOperationException>().WithMessage("*past the end of the buffer*");
    }

    [Fact]
    public void SaveToUtf8Bytes_ACaseLargerThanItsEstimate_GivesTheBytesAStreamGets()
    {
        // 640 bytes per fact is the first guess; three quotes of 19,000 characters make the buffer grow.
        var seed = SampleScenarios.SecurityGuarantees2021;
        var negotiation = seed.RecordAll(Enumerable.Range(1, 3).Select(i => new StatementMade
        {
            Statement = new Statement(new StatementId($"long-quote-{i}"), new PartyId("russia"), StatementKind.Assessment, new string('q', 19_000)),
            Occurred = Moment.On(new NodaTime.LocalDate(2021, 12, 22)),
            Recorded = seed.Log[^1].Recorded,
            Source = seed.Log[^1].Source,
        })).Case;
        using var stream = new MemoryStream();
        CaseFile.Save(negotiation, stream);

        var bytes = CaseFile.SaveToUtf8Bytes(negotiation);

        bytes.Should().Equal(stream.ToArray());
        bytes.Length.Should().BeGreaterThan(4096 + (negotiation.Version * 640), "the case must not fit the first guess");
    }
}
