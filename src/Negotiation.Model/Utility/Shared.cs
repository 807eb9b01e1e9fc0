namespace Negotiation.Model;

/// <summary>The shared instance of a validator (its <c>Instance</c>), built on first use and again after
/// <see cref="ValidatorCache.Reset"/>.</summary>
/// <typeparam name="T">The validator.</typeparam>
/// <remarks>
/// <para>A validator builds its rules in its constructor, so one shared instance holds the rules as they were when it was
/// built. Mutation testing needs them rebuilt (see <see cref="ValidatorCache"/>); production pays one static read and a
/// null test per access.</para>
/// <para>Races are benign: two threads that find no instance may both build one, and a reader during a reset may get the
/// instance being dropped; every instance is complete, stateless and thread-safe, so any of them gives the same answers.</para>
/// </remarks>
internal static class Shared<T>
    where T : class, new()
{
    private static T? value;

    static Shared() => ValidatorCache.Register(static () => value = null);

    /// <summary>Gets the shared instance.</summary>
    public static T Value => value ?? Build();

    private static T Build()
    {
        var built = new T();
        value = built;
        return built;
    }
}
