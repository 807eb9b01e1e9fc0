using System.Reflection;
using System.Text.RegularExpressions;

namespace Negotiation.Model.Tests.Validation;

public sealed partial class ErrorCodesTests
{
    private static readonly FieldInfo[] Codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void ErrorCodes_Every_IsAConstantOfNmAndFourDigits()
    {
        Codes.Should().NotBeEmpty();
        Codes.Should().OnlyContain(f => f.IsLiteral && f.FieldType == typeof(string));
        Codes.Select(f => (string)f.GetRawConstantValue()!).Should().OnlyContain(code => CodePattern().IsMatch(code));
    }

    [Fact]
    public void ErrorCodes_Every_IsUsedByOneNameOnly() =>
        Codes.GroupBy(f => (string)f.GetRawConstantValue()!).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Name))}")
            .Should().BeEmpty("a code keeps one meaning forever");

    [GeneratedRegex("^NM[0-9]{4}$")]
    private static partial Regex CodePattern();
}
