using System.Buffers;

namespace Negotiation.Model.Json;

/// <summary>
/// A growable UTF-8 buffer over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for
/// <see cref="CaseFile.SaveToUtf8Bytes"/>: the file is written here and copied once into the array returned.
/// </summary>
/// <remarks>
/// An <see cref="ArrayBufferWriter{T}"/> allocates a new array at each growth, and a case file of the benchmarks' L
/// (65.8 MB) went through buffers of 51 MB and 102 MB before its final copy: 228 MB allocated for one save, all of it on
/// the large object heap. Rented arrays are reused by the next save, as System.Text.Json's own serializer does with
/// its pooled buffers. Not thread-safe; return it with <see cref="Dispose"/>.
/// </remarks>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] array;
    private int written;

    public PooledBuffer(int capacity) => array = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>Gets what has been written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => array.AsSpan(0, written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > array.Length - written)
        {
            throw new InvalidOperationException($"Cannot advance {count} bytes past the end of the buffer ({array.Length - written} free).");
        }

        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return array.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return array.AsSpan(written);
    }

    public void Dispose()
    {
        var rented = array;
        array = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        var needed = Math.Max(sizeHint, 1);
        if (array.Length - written >= needed)
        {
            return;
        }

        // Double, or more if one write needs it; an array's length is bounded by Array.MaxLength.
        var size = (int)Math.Min(Array.MaxLength, Math.Max((long)array.Length * 2, (long)written + needed));
        if (size - written < needed)
        {
            throw new InvalidOperationException($"A case file cannot be larger than {Array.MaxLength:N0} bytes; save it to a stream instead.");
        }

        var larger = ArrayPool<byte>.Shared.Rent(size);
        WrittenSpan.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(array);
        array = larger;
    }
}
