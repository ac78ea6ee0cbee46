using Trek.Clinical.TestRoute;
using Trek.Core;
using Trek.Reports.Samples;

namespace Trek.Reports.Tests;

public sealed class SampleReaderTests
{
    private static readonly string Dir = TestFiles.Scratch("sample");

    private static string Write(string yaml)
    {
        var path = Path.Combine(Dir, $"s{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void Read_ExampleSample_AllFieldsTyped()
    {
        var s = SampleReader.Read(TestFiles.Example("sample.yaml"));
        Assert.Equal(("DEMO-0001", "SRR1659964"), (s.PatientId, s.SpecimenId));
        Assert.Equal(("IFS", "Infantile Fibrosarcoma"), (s.TumourType!.Code, s.TumourType.Name));
        Assert.Equal(TumourClass.Solid, s.TumourClass);
        Assert.Equal(60, s.TumourContentPercent);
        Assert.Equal(new DateOnly(2026, 11, 20), s.CollectionDate);
        Assert.Equal(AgeGroup.Paediatric, s.AgeGroup);
        Assert.Equal(AssayResult.Positive, s.PriorTests.Ihc);
        Assert.Equal(AssayResult.NotDone, s.PriorTests.RnaNgs);
    }

    [Theory]
    [InlineData("tumour_tpye: glioma\n", "unknown key 'tumour_tpye'")]
    [InlineData("prior_tests:\n  rna_ngs: positive\n", "unknown key 'prior_tests.rna_ngs'")]
    [InlineData("tumour_content_percent: 0.4\n", "looks like a fraction")]
    [InlineData("tumour_content_percent: 40,5\n", "with a decimal point")]
    [InlineData("tumour_content_percent: 101\n", "from 0 to 100")]
    [InlineData("collection_date: 03/12/2026\n", "yyyy-MM-dd")]
    [InlineData("tumour_class: solid-ish\n", "tumour_class = 'solid-ish'")]
    [InlineData("age_group: child\n", "age_group = 'child'")]
    [InlineData("prior_tests:\n  fish: weak\n", "prior_tests.fish = 'weak'")]
    [InlineData("sex: f\n", "sex = 'f'")]
    [InlineData("patient_id: A\npatient_id: B\n", "patient_id")]
    [InlineData("tumour_type: fibrosarcomma of infants\n", "tumour_type: unknown tumour type")]
    [InlineData("tumour_type: infantile fibrosarcoma\ntumour_class: haematological\n", "is a solid tumour")]
    public void Read_Mistyped_RefusedWithOneLine(string yaml, string expected)
    {
        var ex = Assert.Throws<InputException>(() => SampleReader.Read(Write(yaml)));
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("tumour_content_percent: 0\n", 0.0)]
    [InlineData("tumour_content_percent: 1\n", 1.0)]
    [InlineData("tumour_content_percent: 100\n", 100.0)]
    [InlineData("tumour_content_percent: 35%\n", 35.0)]
    public void Read_TumourContentEdges_Accepted(string yaml, double expected) =>
        Assert.Equal(expected, SampleReader.Read(Write(yaml)).TumourContentPercent);
}
