namespace Negotiation.Model;

/// <summary>
/// A three-valued answer: <see cref="Yes"/>, <see cref="No"/> or <see cref="Undetermined"/> when the recorded facts
/// (typically approximate times) do not settle the question.
/// </summary>
/// <remarks>
/// <para>Combines with Kleene's strong three-valued logic: <c>No &amp; x</c> is <c>No</c>, <c>Yes | x</c> is <c>Yes</c>, and
/// anything else that involves <see cref="Undetermined"/> stays undetermined.</para>
/// <para><c>default</c> is <see cref="No"/>. Equality is by value.</para>
/// </remarks>
public readonly record struct Truth
{
    private readonly byte value;

    private Truth(byte value) => this.value = value;

    /// <summary>Gets the answer "no".</summary>
    public static Truth No => default;

    /// <summary>Gets the answer "undetermined": the facts allow both yes and no.</summary>
    public static Truth Undetermined => new(1);

    /// <summary>Gets the answer "yes".</summary>
    public static Truth Yes => new(2);

    /// <summary>Gets whether the answer is certainly yes.</summary>
    public bool IsYes => value == 2;

    /// <summary>Gets whether the answer is certainly no.</summary>
    public bool IsNo => value == 0;

    /// <summary>Gets whether the facts leave the answer open.</summary>
    public bool IsUndetermined => value == 1;

    /// <summary>Gets whether the answer may be yes (it is yes or undetermined).</summary>
    public bool IsPossible => value != 0;

    /// <summary>Converts a certain answer.</summary>
    /// <param name="value">The certain answer.</param>
    /// <returns><see cref="Yes"/> or <see cref="No"/>.</returns>
    public static Truth From(bool value) => value ? Yes : No;

    /// <summary>Three-valued conjunction.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    public static Truth operator &(Truth left, Truth right) => left.And(right);

    /// <summary>Three-valued disjunction.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    public static Truth operator |(Truth left, Truth right) => left.Or(right);

    /// <summary>Three-valued negation: undetermined stays undetermined.</summary>
    /// <param name="operand">The operand.</param>
    public static Truth operator !(Truth operand) => operand.Not();

    /// <summary>Three-valued conjunction.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The smaller of the two answers (no &lt; undetermined &lt; yes).</returns>
    public Truth And(Truth other) => new(Math.Min(value, other.value));

    /// <summary>Three-valued disjunction.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The larger of the two answers (no &lt; undetermined &lt; yes).</returns>
    public Truth Or(Truth other) => new(Math.Max(value, other.value));

    /// <summary>Three-valued negation.</summary>
    /// <returns>No for yes, yes for no, undetermined for undetermined.</returns>
    public Truth Not() => new((byte)(2 - value));

    /// <summary>Returns <c>yes</c>, <c>no</c> or <c>undetermined</c>.</summary>
    /// <returns>The answer as a word.</returns>
    public override string ToString() => value switch { 0 => "no", 1 => "undetermined", _ => "yes" };
}
