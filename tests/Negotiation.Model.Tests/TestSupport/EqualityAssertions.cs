using System.Reflection;
using FluentAssertions.Execution;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>Asserts that every way of comparing two values agrees.</summary>
public static class EqualityAssertions
{
    /// <summary>
    /// Asserts that <c>Equals(T)</c>, <c>Equals(object)</c>, <c>==</c>, <c>!=</c> (when <typeparamref name="T"/>
    /// declares them) and <c>GetHashCode</c> agree: <paramref name="value"/> equals <paramref name="equal"/>, and
    /// differs from each of <paramref name="unequal"/>. All disagreements are reported together.
    /// </summary>
    /// <typeparam name="T">The type whose equality is checked.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equal">A value built separately from <paramref name="value"/> that must equal it.</param>
    /// <param name="unequal">Values that must differ from <paramref name="value"/>; each should differ in one member.</param>
    public static void AssertValueEquality<T>(T value, T equal, params T[] unequal)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equal);
        ArgumentNullException.ThrowIfNull(unequal);
        if (!typeof(T).IsValueType && ReferenceEquals(value, equal))
        {
            // The same instance proves nothing about value equality.
            throw new ArgumentException("Pass an equal value built separately, not the same instance.", nameof(equal));
        }

        if (unequal.Any(u => u is null))
        {
            throw new ArgumentException("Unequal values must not be null; null is checked already.", nameof(unequal));
        }

        var operators = EqualityOperators.Find(typeof(T));
        using var scope = new AssertionScope($"equality of {typeof(T).Name}");

        AssertEqual(value, value, "a value and itself", operators);
        AssertEqual(value, equal, $"{value} and {equal}", operators);
        AssertEqual(equal, value, $"{equal} and {value} (symmetry)", operators);
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values {0} and {1} must have equal hash codes", value, equal);
        value.Equals(new object()).Should().BeFalse("{0}.Equals(object of another type) must be false", value);

        foreach (var other in unequal)
        {
            AssertUnequal(value, other, $"{value} and {other}", operators);
            AssertUnequal(other, value, $"{other} and {value} (symmetry)", operators);
        }

        if (operators is not null && !typeof(T).IsValueType)
        {
            operators.Equal<T?>(value, default).Should().BeFalse("{0} == null must be false", value);
            operators.NotEqual<T?>(value, default).Should().BeTrue("{0} != null must be true", value);
            operators.Equal<T?>(default, default).Should().BeTrue("null == null must be true");
        }

        // Last, because the compiler takes x.Equals(null) as a null test and forgets that value is not null.
        value.Equals((object?)null).Should().BeFalse("{0}.Equals((object)null) must be false", value);
    }

    private static void AssertEqual<T>(T left, T right, string pair, EqualityOperators? operators)
        where T : notnull
    {
        EqualityComparer<T>.Default.Equals(left, right).Should().BeTrue("Equals(T) must hold for {0}", pair);
        left.Equals((object?)right).Should().BeTrue("Equals(object) must hold for {0}", pair);
        if (operators is not null)
        {
            operators.Equal(left, right).Should().BeTrue("== must hold for {0}", pair);
            operators.NotEqual(left, right).Should().BeFalse("!= must not hold for {0}", pair);
        }
    }

    private static void AssertUnequal<T>(T left, T right, string pair, EqualityOperators? operators)
        where T : notnull
    {
        EqualityComparer<T>.Default.Equals(left, right).Should().BeFalse("Equals(T) must not hold for {0}", pair);
        left.Equals((object?)right).Should().BeFalse("Equals(object) must not hold for {0}", pair);
        if (operators is not null)
        {
            operators.Equal(left, right).Should().BeFalse("== must not hold for {0}", pair);
            operators.NotEqual(left, right).Should().BeTrue("!= must hold for {0}", pair);
        }
    }

    /// <summary>The user-defined <c>==</c> and <c>!=</c> of a type, called through reflection.</summary>
    private sealed class EqualityOperators
    {
        private readonly MethodInfo _equality;
        private readonly MethodInfo _inequality;

        private EqualityOperators(MethodInfo equality, MethodInfo inequality)
        {
            _equality = equality;
            _inequality = inequality;
        }

        public static EqualityOperators? Find(Type type)
        {
            var equality = Find(type, "op_Equality");
            var inequality = Find(type, "op_Inequality");
            if (equality is null && inequality is null)
            {
                return null;
            }

            // C# requires both or neither; a type compiled otherwise is broken.
            return equality is not null && inequality is not null
                ? new EqualityOperators(equality, inequality)
                : throw new InvalidOperationException($"{type} declares only one of == and !=.");
        }

        public bool Equal<T>(T left, T right) => Invoke(_equality, left, right);

        public bool NotEqual<T>(T left, T right) => Invoke(_inequality, left, right);

        private static MethodInfo? Find(Type type, string name) =>
            type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);

        private static bool Invoke<T>(MethodInfo method, T left, T right)
        {
            try
            {
                return (bool)method.Invoke(null, [left, right])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
