using System.Reflection;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>Every question of the query classes (<c>DemandQueries</c>, <c>RoundQueries</c>, …) refuses a null where it
/// needs a value with an <see cref="ArgumentNullException"/> naming the parameter, before it reads anything: a caller
/// who passes a null case or a null name learns which argument was wrong, not a NullReferenceException from inside the
/// library.</summary>
public sealed class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    // A valid value of each reference type a query takes, so that only the parameter under test is null.
    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(NegotiationCase)] = TestWorld.Case,
        [typeof(string)] = "Europe/Zurich",
        [typeof(DemandPackage)] = new DemandPackage("guarantees", TestWorld.Russia, [new DemandId("d1")]),
        [typeof(DateInterval)] = new DateInterval(new LocalDate(2022, 1, 10), new LocalDate(2022, 1, 10)),
        [typeof(Fact)] = TestWorld.Case.Log[0],
        [typeof(IEnumerable<PartyId>)] = new[] { TestWorld.Russia },
        [typeof(IEnumerable<DemandId>)] = Array.Empty<DemandId>(),
    };

    public static TheoryData<string, string> NonNullableParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in QueryMethods())
        {
            foreach (var parameter in method.GetParameters().Where(IsNonNullableReference))
            {
                data.Add(Name(method), parameter.Name!);
            }
        }

        return data;
    }

    [Fact]
    public void QueryClasses_AreFoundAndTakeNullableArguments()
    {
        QueryMethods().Select(m => m.DeclaringType!.Name).Distinct().Should().Contain(["DemandQueries", "RoundQueries", "TimelineQueries", "ViewQueries"]);
        NonNullableParameters().Count.Should().BeGreaterThan(50, "every query takes at least the case");
    }

    [Theory]
    [MemberData(nameof(NonNullableParameters))]
    public void Query_NullForARequiredArgument_ThrowsArgumentNullExceptionNamingIt(string query, string parameter)
    {
        var method = QueryMethods().Single(m => Name(m) == query);
        var arguments = method.GetParameters().Select(p => p.Name == parameter ? null : Sample(p)).ToArray();

        var thrown = FluentActions.Invoking(() => method.Invoke(null, arguments)).Should().Throw<TargetInvocationException>().Which.InnerException;

        thrown.Should().BeOfType<ArgumentNullException>(query).Which.ParamName.Should().Be(parameter, query);
    }

    private static IEnumerable<MethodInfo> QueryMethods() =>
        ModelAssembly.Instance.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Queries", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OrderBy(Name, StringComparer.Ordinal);

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    private static bool IsNonNullableReference(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.NotNull;

    private static object? Sample(ParameterInfo parameter)
    {
        if (parameter.ParameterType.IsValueType)
        {
            // Nullable parameters (PartyId?, LocalDate?) may be left out; ids and dates only need to be well formed, since
            // the null check comes before anything is looked up.
            return parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType == typeof(Interval) ? new Interval(Instant.FromUtc(2022, 1, 1, 0, 0), Instant.FromUtc(2022, 2, 1, 0, 0))
                : Activator.CreateInstance(parameter.ParameterType);
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        return Samples.TryGetValue(parameter.ParameterType, out var sample)
            ? sample
            : throw new InvalidOperationException($"Add a sample {parameter.ParameterType} to {nameof(Samples)} for parameter '{parameter.Name}'.");
    }
}
