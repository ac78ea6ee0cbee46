using System.Globalization;
using Hl7.Fhir.Model;
using Trek.Fusion.Calling;
using Trek.Reports.Fusions;
using Trek.Reports.Interpretation;

namespace Trek.Reports.Fhir;

/// <summary>
/// A fusion call as a Genomics Reporting `variant` Observation. The IG has no fusion profile; as in its ROS1 fusion
/// example, one variant carries one gene-studied component per identified partner, the fusion as variation-code and
/// SO gene_fusion as the DNA change type (required by the IG when no exact HGVS expression is given).
/// </summary>
public static class VariantObservation
{
    /// <summary>A reported call: Present, or Indeterminate when the report says the call is not established.</summary>
    public static Observation From(FusionRecord call, NtrkFinding? finding, VariantContext ctx, string id)
    {
        var value = finding?.Category switch
        {
            FindingCategory.PartnerUnknown or FindingCategory.SpanningOnly or FindingCategory.LowConfidence => GenomicsCodes.Indeterminate,
            _ => GenomicsCodes.Present,
        };
        var o = Base(ctx, id, value);
        foreach (var gene in new[] { call.Gene1, call.Gene2 }.OfType<string>())
        {
            o.Component.Add(GeneStudied(gene));
        }

        // The VICC exon-level assayed form names both transcripts and exons; the IG has no exon component.
        o.Component.Add(Component(GenomicsCodes.VariationCode, new CodeableConcept { Coding = [GenomicsCodes.GeneFusion], Text = $"{call.Name} {Nomenclature.ExonLevel(call)}" }));
        o.Component.Add(Component(GenomicsCodes.DnaChangeType, new CodeableConcept { Coding = [GenomicsCodes.GeneFusion] }));
        o.Component.Add(Component(GenomicsCodes.GenomicSourceClass, new CodeableConcept { Coding = [GenomicsCodes.Somatic] }));
        o.Note.Add(new Annotation { Text = new Markdown(Describe(call, finding)) });
        return o;
    }

    /// <summary>
    /// A negative result: the targeted search for an NTRK1/2/3 fusion found none. The IG's variant value is "the presence
    /// or absence of the variant described in the components", so the searched-for fusion is stated Absent with the three
    /// genes studied (as mCODE's pertinent-negative variant example does).
    /// </summary>
    public static Observation NoNtrkFusion(VariantContext ctx, string id)
    {
        var o = Base(ctx, id, GenomicsCodes.Absent);
        foreach (var gene in FusionInterpreter.NtrkGenes)
        {
            o.Component.Add(GeneStudied(gene));
        }

        o.Component.Add(Component(GenomicsCodes.VariationCode, new CodeableConcept { Coding = [GenomicsCodes.GeneFusion], Text = "NTRK1, NTRK2 or NTRK3 gene fusion (any 5' partner)" }));
        o.Component.Add(Component(GenomicsCodes.DnaChangeType, new CodeableConcept { Coding = [GenomicsCodes.GeneFusion] }));
        o.Component.Add(Component(GenomicsCodes.GenomicSourceClass, new CodeableConcept { Coding = [GenomicsCodes.Somatic] }));
        o.Note.Add(new Annotation { Text = new Markdown("No NTRK1, NTRK2 or NTRK3 fusion transcript was found. A negative result does not exclude an NTRK fusion (expression, RNA quality, tumour content, genes outside the index): see the report's limitations.") });
        return o;
    }

    private static Observation Base(VariantContext ctx, string id, Coding value) => new()
    {
        Id = id,
        Meta = new Meta { Profile = [GenomicsCodes.VariantProfile] },
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept { Coding = [GenomicsCodes.Laboratory] }, new CodeableConcept { Coding = [GenomicsCodes.Genetics] }],
        Code = new CodeableConcept { Coding = [GenomicsCodes.GeneticVariantAssessment] },
        Subject = new ResourceReference(ctx.PatientUrl),
        Specimen = new ResourceReference(ctx.SpecimenUrl),
        Effective = ctx.Effective,
        Value = new CodeableConcept { Coding = [value] },
        Method = new CodeableConcept { Coding = [GenomicsCodes.Sequencing], Text = "RNA-seq (paired-end reads screened against Trek's transcript index)" },
    };

    /// <summary>gene-studied: HGNC id as code and symbol as display (the IG's rule); a symbol missing from Trek's table keeps its text only.</summary>
    private static Observation.ComponentComponent GeneStudied(string symbol) =>
        Component(GenomicsCodes.GeneStudied, HgncIds.For(symbol) is { } hgnc
            ? new CodeableConcept { Coding = [new Coding(GenomicsCodes.Hgnc, hgnc, symbol)] }
            : new CodeableConcept { Text = symbol });

    private static Observation.ComponentComponent Component(Coding code, DataType value) =>
        new() { Code = new CodeableConcept { Coding = [code] }, Value = value };

    private static string Describe(FusionRecord c, NtrkFinding? f)
    {
        static string Bp(GenomicPosition? b) => b is { } x
            ? $"chr{x.Contig}:{x.Position.ToString(CultureInfo.InvariantCulture)} ({(x.Strand == Trek.Fusion.Annotation.Strand.Plus ? '+' : '-')} strand)"
            : "not determined";
        var frame = c.ReadingFrame switch
        {
            ReadingFrame.InFrame => "in-frame",
            ReadingFrame.OutOfFrame => "out-of-frame",
            ReadingFrame.StopCodon => "in frame with an early stop codon",
            _ => "reading frame not determined",
        };
        var domain = c.KinaseDomainRetained switch
        {
            DomainRetention.Retained => "kinase domain retained",
            DomainRetention.Lost => "kinase domain not retained",
            _ => "kinase domain retention not determined",
        };
        var text = $"{c.Name}: 5' breakpoint {Bp(c.Breakpoint1)}, 3' breakpoint {Bp(c.Breakpoint2)}; {frame}; {domain}; " +
            $"{c.SplitReads} split reads, {c.SpanningPairs} spanning pairs, FFPM {c.Ffpm.ToString("0.###", CultureInfo.InvariantCulture)}; confidence {c.Confidence.ToString().ToLowerInvariant()}.";
        return f is null ? text + " Not an NTRK fusion: listed, not interpreted by the TRK rules." : text + " " + Html.RuleCatalogue.Category(f.Category) + ".";
    }
}
