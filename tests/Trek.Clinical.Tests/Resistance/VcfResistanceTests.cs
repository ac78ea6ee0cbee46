using Trek.Clinical.Resistance;
using Trek.Core;

namespace Trek.Clinical.Tests.Resistance;

public sealed class VcfResistanceTests
{
    private const string AnnHeader = "##fileformat=VCFv4.2\n##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p'\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";

    private static VcfResistanceReport Run(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", name);
        using var reader = new StreamReader(path);
        return VcfResistance.Interpret(reader, name);
    }

    private static VcfResistanceReport Text(string vcf) => VcfResistance.Interpret(new StringReader(vcf), "t.vcf");

    private static string Ann(string gene, string hgvsp, string alt = "T") => $"ANN={alt}|missense_variant|MODERATE|{gene}|{gene}|transcript|NM_x|protein_coding|1/1|c.1A>T|{hgvsp}";

    // snpEff ANN: HGVS.p is field 11. Line 4 carries two transcripts; the 790-aa one (p.Gly589Arg) does not validate
    // against the 796-aa canonical TRKA and is passed over for the 796-aa one (p.Gly595Arg). TP53 is not reported.
    // Line 8 (NTRK3 p.Leu668fs): residue 668 of TRKC is V, so that record alone is refused, the others stand.
    [Fact]
    public void Interpret_SnpEffAnn_TrkAndBypassCalls()
    {
        var r = Run("snpeff_ann.vcf");
        Assert.Equal(["NTRK1 p.G595R solvent_front", "NTRK1 p.G667C xdfg", "BRAF p.V600E off_target"],
            r.Passing.Select(v => $"{v.Call.Gene} {v.Call.Hgvsp} {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.Call.Class.ToString())}"));
        Assert.Equal(("1", 156874500L), (r.Passing[0].Chrom, r.Passing[0].Pos));
        var refused = Assert.Single(r.Refused);
        Assert.Equal(8, refused.Line);
        Assert.Contains("residue 668 of TRKC (NP_002521.2, 825 aa) is V, not L", refused.Reason, StringComparison.Ordinal);
    }

    // VEP CSQ: layout from the header; "ENSP...:p.Gly623Arg" reduced to the protein change.
    [Fact]
    public void Interpret_VepCsq_UsesHeaderLayout()
    {
        var r = Run("vep_csq.vcf");
        Assert.Equal(2, r.Passing.Count);
        Assert.Equal(MutationClass.SolventFront, r.Passing[0].Call.Class);
        Assert.Equal(623, r.Passing[0].Call.Position);
        Assert.Equal(MutationClass.OffTarget, r.Passing[1].Call.Class);
    }

    [Fact]
    public void Interpret_WrongResidue_RecordRefusedWithLine()
    {
        var r = Run("wrong_residue.vcf");
        var refused = Assert.Single(r.Refused);
        Assert.Equal(4, refused.Line);
        Assert.Equal("15", refused.Chrom);
        Assert.Contains("is G, not K", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(r.Passing);
    }

    // VCF 4.3 section 1.6.1: FILTER is PASS if all filters passed, "." if none applied, else the failed filters.
    [Fact]
    public void Interpret_FailingFilter_ReportedApart()
    {
        var r = Text(AnnHeader
            + $"1\t100\t.\tG\tC\t50\tPASS\t{Ann("NTRK1", "p.Gly595Arg", "C")}\tGT:AD\t0/1:60,40\n"
            + $"1\t200\t.\tG\tT\t50\tLowQual;strand_bias\t{Ann("NTRK1", "p.Gly667Cys")}\tGT:AF\t0/1:0.03\n"
            + $"1\t300\t.\tG\tT\t50\t.\t{Ann("NTRK1", "p.Phe589Leu")};AF=0.25\n");
        Assert.Equal(["1:100 p.G595R", "1:300 p.F589L"], r.Passing.Select(v => $"{v.Chrom}:{v.Pos} {v.Call.Hgvsp}"));
        var failing = Assert.Single(r.FailingFilter);
        Assert.Equal("LowQual;strand_bias", failing.Filter);
        // Allele fraction: AD 60,40 -> 40/100 = 0.4; FORMAT/AF 0.03; INFO/AF 0.25 (no sample columns used).
        Assert.Equal((0.4, "FORMAT/AD"), (r.Passing[0].AlleleFraction!.Value, r.Passing[0].AlleleFractionSource));
        Assert.Equal((0.03, "FORMAT/AF"), (failing.AlleleFraction!.Value, failing.AlleleFractionSource));
        Assert.Equal((0.25, "INFO/AF"), (r.Passing[1].AlleleFraction!.Value, r.Passing[1].AlleleFractionSource));
    }

    // Issue 10: an NTRK2 record in literature numbering aborted the whole run, losing the NTRK1 and BRAF records.
    [Fact]
    public void Interpret_OneBadRecord_OthersKept()
    {
        var r = Text(AnnHeader
            + $"1\t100\t.\tG\tC\t50\tPASS\t{Ann("NTRK1", "p.Gly595Arg", "C")}\n"
            + "1\t150\tbroken\n"
            + $"9\t200\t.\tG\tT\t50\tPASS\t{Ann("NTRK2", "p.Gly639Arg")}\n"
            + $"9\t210\t.\tG\tT\t50\tPASS\t{Ann("NTRK2", "p.Gly650Arg")}\n"
            + $"1\t250\t.\tG\tT\t50\tPASS\t{Ann("NTRK1", "p.Gly900Arg")}\n"
            + $"1\t260\t.\tG\tT\t50\tPASS\t{Ann("NTRK1", "p.Gly595*")}\n"
            + $"7\t300\t.\tA\tT\t50\tPASS\t{Ann("BRAF", "p.Val600Glu")}\n");
        Assert.Equal(["NTRK1 p.G595R", "NTRK2 p.G623R", "NTRK1 p.G595*", "BRAF p.V600E"], r.Passing.Select(v => $"{v.Call.Gene} {v.Call.Hgvsp}"));
        Assert.Equal(MutationClass.Nonsense, r.Passing[2].Call.Class);
        Assert.Equal(639, r.Passing[1].Call.InputPosition);
        Assert.Equal([5L, 7L, 8L], r.Refused.Select(x => x.Line));   // three header lines, so the first record is line 4
        Assert.Contains("at least 8 tab-separated columns", r.Refused[0].Reason, StringComparison.Ordinal);
        Assert.Contains("can map only the hotspots", r.Refused[1].Reason, StringComparison.Ordinal);
        Assert.Contains("position 900 is beyond the end", r.Refused[2].Reason, StringComparison.Ordinal);
        Assert.Equal(7, r.RecordsRead);
    }

    [Fact]
    public void Interpret_NoProteinAnnotation_Refused()
    {
        var ex = Assert.Throws<InputException>(() => Text("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n1\t100\t.\tG\tC\t50\tPASS\tDP=10\n"));
        Assert.StartsWith("t.vcf: none of the 1 records carries a protein annotation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpret_NoChromLine_Refused()
    {
        var ex = Assert.Throws<InputException>(() => Text("1\t2\t.\tA\tC\t.\tPASS\t.\n"));
        Assert.StartsWith("t.vcf:1: a VCF needs a '#CHROM' header line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpret_MultiAllelic_AlleleFractionOfAnnotatedAllele()
    {
        // ALT T,C; the annotation is for C (second ALT): INFO AF 0.1,0.3 -> 0.3; AD 50,10,40 -> 40/100.
        var r = Text(AnnHeader + $"1\t100\t.\tG\tT,C\t50\tPASS\t{Ann("NTRK1", "p.Gly595Arg", "C")};AF=0.1,0.3\n");
        Assert.Equal(("C", 0.3), (r.Passing[0].Alt, r.Passing[0].AlleleFraction!.Value));
    }
}
