namespace Negotiation.Model;

/// <summary>How deep a composite precondition is and how many simple parts it has, measured from its parts when it is
/// made (they were measured when they were made), so measuring never walks the tree.</summary>
/// <param name="Depth">1 for a simple precondition; one more than the deepest part for a composite one.</param>
/// <param name="Leaves">The number of simple parts, a part reused counted each time it occurs.</param>
/// <param name="HasEmptyComposite">Whether the composite, or a composite among its parts, has no parts (an all-of or
/// any-of of nothing, which validation reports).</param>
internal readonly record struct PreconditionSize(int Depth, int Leaves, bool HasEmptyComposite)
{
    /// <summary>Measures a composite of <paramref name="parts"/>, refusing a null part and one beyond the caps.</summary>
    /// <exception cref="ArgumentNullException">A part is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The composite would be deeper than <see cref="Precondition.MaxDepth"/> or have
    /// more than <see cref="Precondition.MaxLeaves"/> simple parts.</exception>
    public static PreconditionSize Of(ReadOnlySpan<Precondition> parts, string paramName)
    {
        var depth = 0;
        long leaves = 0;
        var hasEmpty = parts.IsEmpty;
        foreach (var part in parts)
        {
            if (part is null)
            {
                throw new ArgumentNullException(paramName, "A precondition part is null; give every part a precondition (Precondition.RoundHeld(...), ...).");
            }

            depth = Math.Max(depth, part.Depth);
            leaves += part.LeafCount;
            hasEmpty |= part.HasEmptyComposite;
        }

        if (depth + 1 > Precondition.MaxDepth)
        {
            throw new ArgumentException(
                $"The precondition would be {depth + 1} deep; at most {Precondition.MaxDepth} is allowed (and a case accepts {Validation.PreconditionValidator.DepthLimit}). Flatten it: AllOf and AnyOf take any number of parts.",
                paramName);
        }

        if (leaves > Precondition.MaxLeaves)
        {
            throw new ArgumentException(
                $"The precondition would have {leaves} simple parts (a part reused counts each time); at most {Precondition.MaxLeaves} are allowed. Say it with fewer parts.",
                paramName);
        }

        return new(depth + 1, (int)leaves, hasEmpty);
    }

    /// <summary>Measures a composite of <paramref name="parts"/>.</summary>
    public static PreconditionSize Of(EquatableArray<Precondition> parts, string paramName) => Of(parts.Items.AsSpan(), paramName);
}
