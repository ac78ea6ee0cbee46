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

/// <summary>
/// The byte-level core of the one table reader (src/Trek.IO/Tables/Utf8TableReader): lines end as TextReader.ReadLine
/// ends them, in any block of the stream; cells are read from bytes with the same answers and refusals as text.
/// </summary>
public sealed class Utf8TableReaderTests
{
    private static List<string[]> Rows(byte[] bytes, int block, char delimiter = ',')
    {
        var reader = new Utf8TableReader(new BlockStream(bytes, block), "t.csv", TableSchema.Open("a", "b"), delimiter, _ => { });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = reader.Row();
            rows.Add([row.Optional("a") ?? "<missing>", row.Optional("b") ?? "<missing>", reader.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return rows;
    }

    // Every line ending ReadLine knows ("\n", "\r\n", a lone "\r"), read in blocks of 1 to 7 bytes so a "\r\n" falls
    // across two reads; the answer must equal the text reader's (StringReader.ReadLine) line by line.
    [Theory]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\r1,2\r3,4")]
    [InlineData("\uFEFFa,b\r\n\r\n1,\"x\"\"y\"\r\n## note\r\n3,4")]
    [InlineData("a,b\n1,2\r\r\n3,4\n\n")]
    public void Read_LineEndingsInAnyBlock_MatchReadLine(string text)
    {
        var expected = Rows(System.Text.Encoding.UTF8.GetBytes(text), 1 << 16);
        var lines = new List<string>();
        using (var r = new StringReader(text))
        {
            while (r.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        // ReadLine's line numbers of the data rows (not blank, not comment, after the header).
        var dataLines = lines.Select((l, i) => (l, i + 1)).Where(x => x.l.Trim('\uFEFF').Length > 0 && !x.l.StartsWith('#')).Skip(1).Select(x => x.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dataLines, expected.Select(r => r[2]));
        for (var block = 1; block <= 7; block++)
        {
            Assert.Equal(expected, Rows(System.Text.Encoding.UTF8.GetBytes(text), block));
        }
    }

    // A line far longer than the 64 KiB buffer is read whole.
    [Fact]
    public void Read_LongLine_IsReadWhole()
    {
        var big = new string('x', 200_000);
        Assert.Equal(big, Rows(System.Text.Encoding.UTF8.GetBytes($"a,b\n{big},1\n"), 4096).Single()[0]);
    }

    // Numbers read from bytes give the text reader's value; a cell that is not a plain number (or is missing) is
    // refused with the text reader's message; a no-break space (U+00A0) around a number is trimmed as string.Trim does.
    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData(" 0.1 ", 0.1)]
    [InlineData("\u00a07\u00a0", 7.0)]
    [InlineData("+3", 3.0)]
    [InlineData("123456789.123456789", 123456789.123456789)]
    public void RequiredDouble_PlainNumbers_AsText(string cell, double expected)
    {
        var reader = new Utf8TableReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"a,b\nx,{cell}\n")), "t.csv", TableSchema.Open("a", "b"), ',', _ => { });
        Assert.True(reader.Read());
        Assert.Equal(expected, reader.RequiredDouble(1, "b"));
        Assert.Equal(reader.Row().RequiredDouble("b"), reader.RequiredDouble(1, "b"));
    }

    [Theory]
    [InlineData("1e3", "t.csv:2: column 'b': '1e3' is not a plain decimal number with a '.' decimal point, e.g. 6.2 (exponent notation such as 1e2 is not accepted: write 100)")]
    [InlineData("\"6,2\"", "t.csv:2: column 'b': '6,2' is not a plain decimal number with a '.' decimal point, e.g. 6.2 (a comma is neither a decimal point nor a thousands separator here: write 6.2, not 6,2, and 1000, not 1,000)")]
    [InlineData("NA", "t.csv:2: column 'b' is empty")]
    [InlineData("", "t.csv:2: column 'b' is empty")]
    public void RequiredDouble_NotPlain_RefusedAsText(string cell, string message)
    {
        var reader = new Utf8TableReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"a,b\nx,{cell}\n")), "t.csv", TableSchema.Open("a", "b"), ',', _ => { });
        Assert.True(reader.Read());
        Assert.Equal(message, Assert.Throws<InputException>(() => reader.RequiredDouble(1, "b")).Message);
    }

    /// <summary>Hands out at most <c>block</c> bytes per read, as a pipe or gzip stream may.</summary>
    private sealed class BlockStream(byte[] bytes, int block) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, block));
    }
}
