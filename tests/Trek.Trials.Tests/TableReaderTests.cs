using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Trials.Tests;

/// <summary>
/// The one table reader (src/Trek.IO/Tables) that `trek response`, `ctcae`, `endpoints` and `km` share (issue 8:
/// they disagreed on BOM, NA, short rows and numbers). Expected values are the rules of TableReader's summary.
/// </summary>
public sealed class TableReaderTests
{
    private static readonly TableSchema Ab = new(["a", "b"], ["c"]);

    private static List<TableRow> Read(string text, TableSchema? schema = null, char delimiter = ',', List<string>? warnings = null) =>
        TableReader.Read(new StringReader(text), "t.csv", schema ?? Ab, delimiter, w => (warnings ?? throw new InvalidOperationException(w)).Add(w)).ToList();

    [Theory]
    [InlineData("a,b\n\"x, y\",2\n", "x, y")]
    [InlineData("a,b\n\"say \"\"hi\"\"\",2\n", "say \"hi\"")]
    [InlineData("# comment\na,b\n\n plain ,2\n", "plain")]
    [InlineData("\uFEFFa,b\nx,2\n", "x")]
    [InlineData("\uFEFFA , B\nx,2\n", "x")]
    public void Read_QuotedCommentedBomAndCase_Parse(string text, string expected)
    {
        var row = Read(text).Single();
        Assert.Equal(expected, row.Required("a"));
        Assert.Equal(2.0, row.RequiredDouble("b"));
    }

    // Missing is defined once: empty, ".", "NA" (any case); everything else must parse.
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("NA")]
    [InlineData("na")]
    public void Read_MissingCells_AreNull(string cell)
    {
        var row = Read($"a,b\nx,{cell}\n").Single();
        Assert.Null(row.OptionalDouble("b"));
        Assert.Null(row.OptionalDecimal("b"));
        Assert.Null(row.OptionalDate("b"));
        Assert.Equal("t.csv:2: column 'b' is empty", Assert.Throws<InputException>(() => row.RequiredDouble("b")).Message);
    }

    // Issue 10: "1,21" must never be read as 121; no NaN, no infinity, no thousands separators, no spaces inside,
    // no exponent and no half-written numbers (Trek.Core StrictNumber, the one number format).
    [Theory]
    [InlineData("\"1,21\"")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("0x10")]
    [InlineData("1 000")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData(".25")]
    [InlineData("7.")]
    public void Read_NotPlainNumbers_AreRefusedNamingLineAndColumn(string cell)
    {
        var row = Read($"a,b\nx,{cell}\n").Single();
        var ex = Assert.Throws<InputException>(() => row.RequiredDouble("b"));
        Assert.StartsWith("t.csv:2: column 'b': ", ex.Message);
        Assert.Throws<InputException>(() => row.RequiredDecimal("b"));
    }

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("-0.5", -0.5)]
    [InlineData("+3", 3.0)]
    [InlineData("0.25", 0.25)]
    public void Read_PlainNumbers_Parse(string cell, double expected) =>
        Assert.Equal(expected, Read($"a,b\nx,{cell}\n").Single().RequiredDouble("b"));

    // 32 digits is a valid plain number but beyond decimal's range: refused for decimal, not wrapped or rounded.
    [Fact]
    public void Read_DecimalOutOfRange_IsRefused() =>
        Assert.Equal("t.csv:2: column 'b': '99999999999999999999999999999999' is out of range",
            Assert.Throws<InputException>(() => Read("a,b\nx,99999999999999999999999999999999\n").Single().RequiredDecimal("b")).Message);

    // Decimal keeps exact decimal digits: 51.1 is 51.1, not 51.099999....
    [Fact]
    public void Read_Decimal_IsExact() => Assert.Equal(51.1m, Read("a,b\nx,51.1\n").Single().RequiredDecimal("b"));

    // Short and long rows are refused with the line number (no padding with missing values).
    [Theory]
    [InlineData("a,b\nx\n", "t.csv:2: 1 fields but the header has 2 (short row)")]
    [InlineData("a,b\n# note\nx,1,2\n", "t.csv:3: 3 fields but the header has 2")]
    [InlineData("a,b\n\"1,2\n", "t.csv:2: unterminated quoted field")]
    [InlineData("", "t.csv: empty file: no header line")]
    [InlineData("a\nx\n", "t.csv:1: missing column(s): b (columns: a)")]
    [InlineData("a,b,a\n", "t.csv:1: column 'a' appears twice in the header")]
    public void Read_Malformed_IsRefusedWithLine(string text, string message) =>
        Assert.Equal(message, Assert.Throws<InputException>(() => Read(text)).Message);

    // Issue 10: an unknown column is an error or a stated warning, never silence. A near miss of a known
    // optional column (one or two edits) is a typo and refused; anything else is reported as unused.
    [Fact]
    public void Read_MisspeltOptionalColumn_IsRefusedWithSuggestion()
    {
        var ex = Assert.Throws<InputException>(() => Read("a,b,cc\nx,1,2\n"));
        Assert.Equal("t.csv:1: unknown column 'cc': did you mean 'c'? (known columns: a, b, c)", ex.Message);
    }

    [Fact]
    public void Read_UnrelatedExtraColumn_IsWarned()
    {
        var warnings = new List<string>();
        Assert.Single(Read("a,b,site_name\nx,1,Lyon\n", warnings: warnings));
        Assert.Equal(["t.csv:1: column 'site_name' is not used (known columns: a, b, c)"], warnings);
    }

    [Fact]
    public void Read_OpenSchema_AcceptsOtherColumnsSilently()
    {
        var warnings = new List<string>();
        Assert.Single(Read("a,b,anything\nx,1,2\n", TableSchema.Open("a", "b"), warnings: warnings));
        Assert.Empty(warnings);
    }

    // Trek's own TSV: "##" provenance skipped, the "#"-prefixed line is the header, "." is missing.
    [Fact]
    public void Read_TrekTsv_HashHeaderAndDotMissing()
    {
        var row = Read("## trek 1.0\n#a\tb\nx\t.\n", delimiter: '\t').Single();
        Assert.Equal("x", row.Required("a"));
        Assert.Null(row.Optional("b"));
    }

    [Fact]
    public void Read_BadDate_NamesColumn()
    {
        var row = Read("a,b\nx,2024-13-01\n").Single();
        Assert.Equal("t.csv:2: column 'b': '2024-13-01' is not an ISO 8601 date (yyyy-mm-dd)", Assert.Throws<InputException>(() => row.RequiredDate("b")).Message);
    }
}
