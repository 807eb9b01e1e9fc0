using System.Reflection;
using Negotiation.Model.Tests;
using Xunit.Sdk;

// Every test of the mutation project builds its validators afresh (see ResetValidatorsAttribute).
[assembly: ResetValidators]

namespace Negotiation.Model.Tests;

/// <summary>Drops the validators' shared instances and the validation caches before each test
/// (<see cref="ValidatorCache.Reset"/>), so that the test builds them under the mutant Stryker has made active.</summary>
/// <remarks>Stryker.NET reuses one test host for many mutants. A validator builds its rules once, in its constructor, for
/// its shared <c>Instance</c>: without this, a mutant in a rule is active only if that validator happened to be built while
/// it was, and the tests that check the rule do not see it (tests/README.md, Mutation testing). For this xunit v2 project
/// only; the xunit v3 suite does not need it.</remarks>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ResetValidatorsAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => ValidatorCache.Reset();
}
