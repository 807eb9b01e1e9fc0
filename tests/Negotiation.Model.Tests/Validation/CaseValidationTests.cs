using FluentValidation;
using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

/// <summary>Validating an entity against a case refuses a missing argument by name, before FluentValidation sees it.</summary>
public sealed class CaseValidationTests
{
    private static readonly Topic Energy = new(new TopicId("energy"), "Energy");

    [Fact]
    public void CreateContext_NullArgument_NamesIt()
    {
        FluentActions.Invoking(() => CaseValidation.CreateContext<Topic>(null!, TestWorld.Case)).Should().Throw<ArgumentNullException>().WithParameterName("instance");
        FluentActions.Invoking(() => CaseValidation.CreateContext(Energy, null!)).Should().Throw<ArgumentNullException>().WithParameterName("negotiation");
        FluentActions.Invoking(() => CaseValidation.CreateContext(Energy, TestWorld.Case, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSets");
    }

    [Fact]
    public void Validate_NullValidator_NamesIt() =>
        FluentActions.Invoking(() => ((IValidator<Topic>)null!).Validate(Energy, TestWorld.Case)).Should().Throw<ArgumentNullException>().WithParameterName("validator");

    [Fact]
    public void CreateContext_Case_IsWhereValidatorsFindIt() =>
        CaseValidation.CreateContext(Energy, TestWorld.Case).RootContextData[CaseValidation.CaseKey].Should().BeSameAs(TestWorld.Case);
}
