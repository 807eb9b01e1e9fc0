using System.Buffers;

namespace Negotiation.Model.Json;

/// <summary>Bytes the caller pinned (a <see langword="fixed"/> block), seen as <see cref="Memory{T}"/> so that a
/// <see cref="System.Text.Json.JsonDocument"/> can read them where they are instead of a copy.</summary>
/// <remarks>Valid only inside the <see langword="fixed"/> block that made the pointer: whatever reads the memory (the
/// document) must be disposed before the block ends, and nothing read from it may keep a reference to it.</remarks>
internal sealed unsafe class PinnedBytes(byte* start, int length) : MemoryManager<byte>
{
    public override Span<byte> GetSpan() => new(start, length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, length);
        return new MemoryHandle(start + elementIndex);
    }

    public override void Unpin()
    {
        // Pinned by the caller's fixed block for as long as this exists.
    }

    protected override void Dispose(bool disposing)
    {
        // Owns nothing.
    }
}
