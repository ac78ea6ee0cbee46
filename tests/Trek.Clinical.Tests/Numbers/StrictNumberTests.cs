using Trek.Core;
using Trek.Core.Numbers;

namespace Trek.Clinical.Tests.Numbers;

/// <summary>
/// The one number format (Trek.Core StrictNumber; docs/clinical.md "Number format"). Issue 10: "6,2" was read as 62
/// (a threefold larotrectinib overdose for a 60 cm child) and "1,21" as 121. Every lenient spelling is refused.
/// </summary>
public sealed class StrictNumberTests
{
    [Theory]
    [InlineData("6.2", 6.2)]
    [InlineData("62", 62.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("-0.5", -0.5)]
    [InlineData("+6.2", 6.2)]
    [InlineData("06.20", 6.2)]
    [InlineData("100", 100.0)]
    [InlineData("0", 0.0)]
    public void TryParse_PlainDecimal_Accepted(string text, double expected)
    {
        Assert.True(StrictNumber.TryParse(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("6,2", "comma")]         // the audit's decimal comma
    [InlineData("1,21", "comma")]        // trek ctcae grade --value 1,21
    [InlineData("1,000", "comma")]       // thousands separator: ambiguous with a decimal comma
    [InlineData("6.2.1", "not a plain")]
    [InlineData("1e2", "exponent")]
    [InlineData("1E-3", "exponent")]
    [InlineData(" 6.2", "spaces")]
    [InlineData("6.2 ", "spaces")]
    [InlineData("6.2kg", "unit")]
    [InlineData("6.2 kg", "unit")]
    [InlineData("\u22126.2", "dash")]     // U+2212 MINUS SIGN pasted from a document
    [InlineData("\u20136.2", "dash")]     // EN DASH
    [InlineData("NaN", "not-a-number")]
    [InlineData("Infinity", "infinity")]
    [InlineData("-Infinity", "infinity")]
    [InlineData("\u221e", "infinity")]
    [InlineData("", "nothing")]
    [InlineData(".5", "both sides")]
    [InlineData("5.", "both sides")]
    [InlineData("-", "not a plain")]
    [InlineData("+-1", "not a plain")]
    [InlineData("0x10", "not a plain")]
    [InlineData("\u0666", "0-9")]         // ARABIC-INDIC DIGIT SIX
    [InlineData("\uff16.2", "0-9")]       // FULLWIDTH DIGIT SIX
    [InlineData("1_000", "not a plain")]
    [InlineData("123456789012345678901234567890123", "longer than")]
    public void TryParse_NotPlain_RefusedWithReason(string text, string reason)
    {
        Assert.False(StrictNumber.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TryParse_Null_Refused()
    {
        Assert.False(StrictNumber.TryParse(null, out _, out var problem));
        Assert.Contains("nothing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Refused_InputExceptionNamesTheField()
    {
        var ex = Assert.Throws<InputException>(() => StrictNumber.Parse("6,2", "labs.alt.value"));
        Assert.StartsWith("labs.alt.value: '6,2'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", true, 3)]
    [InlineData("-2", true, -2)]
    [InlineData("3.0", false, 0)]
    [InlineData("3000000000", false, 0)]
    public void TryParseInteger_WholeNumbersOnly(string text, bool ok, int expected)
    {
        Assert.Equal(ok, StrictNumber.TryParseInteger(text, out var value, out _));
        Assert.Equal(expected, value);
    }
}
