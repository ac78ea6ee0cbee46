using System.Text;
using Trek.Clinical.Eligibility;
using Trek.Core;
using Trek.IO.Structured;

namespace Trek.Clinical.Tests.Eligibility;

/// <summary>
/// Issue 10: a misspelt key (birth_dat) was ignored and the verdict became NOT ELIGIBLE; issue 15: a YAML
/// "billion laughs" hung `trek eligibility`, 100,000 levels of nesting crashed it, a JSON duplicate key and a
/// ULN of 1e308 gave exit 70. Each is refused with one line naming the file (and the key or line).
/// </summary>
public sealed class PatientRecordInputSafetyTests
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    private static InputException Refused(string text) =>
        Assert.Throws<InputException>(() => PatientRecordReader.Read(text, "p.yaml", Today));

    [Theory]
    [InlineData("birth_dat: 2020-01-01", "unknown key 'birth_dat' (did you mean birth_date?)")]
    [InlineData("patient: SYN-1", "unknown key 'patient'")]
    [InlineData("Birth_Date: 2020-01-01", "unknown key 'Birth_Date' (did you mean birth_date?)")]   // keys are case-sensitive, as documented
    [InlineData("ntrk_fusion: {documentd: true}", "unknown key 'ntrk_fusion.documentd' (did you mean ntrk_fusion.documented?)")]
    [InlineData("performance: {scale: lansky, scor: 80}", "unknown key 'performance.scor'")]
    [InlineData("labs: {creatinin: {value: 0.3, uln: 0.5}}", "unknown key 'labs.creatinin' (did you mean labs.creatinine?)")]
    [InlineData("labs: {alt: {value: 30, ul: 40}}", "unknown key 'labs.alt.ul' (did you mean labs.alt.uln?)")]
    [InlineData("etv6_rearrangement: {documented: true, metod: FISH}", "unknown key 'etv6_rearrangement.metod'")]
    [InlineData("prior_therapies: [{name: vincristine, dose: 1}]", "prior_therapies[0] must be a string or an object with only a name")]
    public void Read_UnknownKey_RefusedWithKnownKeys(string yaml, string message)
    {
        var ex = Refused(yaml);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("known keys", ex.Message.Contains("prior_therapies[0]", StringComparison.Ordinal) ? "known keys" : ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKey_ListsEveryTopLevelKey()
    {
        var ex = Refused("birth_dat: 2020-01-01");
        foreach (var key in PatientRecordReader.Keys)
        {
            Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        }
    }

    // Decimal comma, exponent, NaN and infinity in a lab value (Trek's one number format: StrictNumber).
    [Theory]
    [InlineData("labs: {creatinine: {value: '0,3', uln: 0.5}}", "labs.creatinine.value: '0,3'")]
    [InlineData("labs:\n  creatinine:\n    value: 0,3\n    uln: 0.5", "labs.creatinine.value: '0,3'")]
    [InlineData("labs: {creatinine: {value: 0,3, uln: 0.5}}", "unknown key 'labs.creatinine.3'")]   // in flow style the comma splits the mapping
    [InlineData("labs: {alt: {value: 30, uln: 1e308}}", "labs.alt.uln: '1e308'")]
    [InlineData("labs: {alt: {value: .nan, uln: 40}}", "labs.alt.value: '.nan'")]
    [InlineData("labs: {alt: {value: .inf, uln: 40}}", "labs.alt.value: '.inf'")]
    [InlineData("age_years: 5,5", "age_years: '5,5'")]
    [InlineData("{\"labs\": {\"alt\": {\"value\": 30, \"uln\": 1e308}}}", "labs.alt.uln: '1e308'")]
    [InlineData("labs: {alt: {value: 30, uln: 40000000000}}", "at most 1000000000")]
    public void Read_NumberNotPlain_RefusedNamingField(string text, string message)
    {
        Assert.Contains(message, Refused(text).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BillionLaughs_RefusedQuickly()
    {
        // The classic: 9 levels of 10 aliases each would expand to 10^9 strings.
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var ex = Refused(yaml.ToString());
        Assert.Contains($"more than {StructuredLimits.MaxNodes} values", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(StructuredLimits.MaxDepth + 1)]
    public void Read_DeepYamlNesting_RefusedWithoutStackOverflow(int depth)
    {
        var ex = Refused("disease_status: " + new string('[', depth) + new string(']', depth));
        Assert.Contains("nesting deeper than 64 levels", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlAtDepthLimit_Parsed()
    {
        // 63 sequences inside the top-level mapping: 64 levels, the bound itself; then refused as a wrong type, not a crash.
        var ex = Refused("disease_status: " + new string('[', StructuredLimits.MaxDepth - 1) + new string(']', StructuredLimits.MaxDepth - 1));
        Assert.Contains("disease_status[0] must be a string", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepJsonNesting_Refused()
    {
        var ex = Refused("{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}");
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"age_years\": 5, \"age_years\": 50}", "not valid JSON")]
    [InlineData("age_years: 5\nage_years: 50", "duplicate key")]
    [InlineData("labs: {alt: {value: 30, value: 300, uln: 40}}", "duplicate key 'value'")]
    public void Read_DuplicateKey_Refused(string text, string message)
    {
        Assert.Contains(message, Refused(text).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("age_years: 5\n---\nage_years: 50", "more than one YAML document")]
    [InlineData("? [a, b]\n: 1", "as a mapping key")]
    [InlineData("age_years: *nothing", "has no anchor")]
    [InlineData("age_years: [unclosed", "not valid YAML")]
    public void Read_MalformedYaml_OneLine(string text, string message)
    {
        var ex = Refused(text);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Read_OversizedStream_RefusedWithoutReadingItAll()
    {
        using var stream = new MemoryStream(new byte[StructuredLimits.MaxBytes + 10]);
        var ex = Assert.Throws<InputException>(() => StructuredTextReader.Read(stream, "big.yaml"));
        Assert.StartsWith("big.yaml: larger than 1 MiB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SmallAliasUse_Expanded()
    {
        // Aliases themselves are allowed within the bounds.
        var r = PatientRecordReader.Read("disease_status: &s [metastatic, relapsed]\nprior_therapies: *s", "p.yaml", Today);
        Assert.Equal(["metastatic", "relapsed"], r.PriorTherapies!);
    }

    [Fact]
    public void Read_QuotedAndBareIds_KeptAsWritten()
    {
        Assert.Equal("00123", PatientRecordReader.Read("patient_id: 00123", "p.yaml", Today).PatientId);
    }
}
