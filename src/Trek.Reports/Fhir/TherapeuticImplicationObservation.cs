using Hl7.Fhir.Model;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;

namespace Trek.Reports.Fhir;

/// <summary>
/// A Genomics Reporting `therapeutic-implication` Observation for one therapy of an actionable finding, derived from the
/// finding's variant Observation (the IG's implication profiles require derivedFrom and forbid a value).
/// </summary>
public static class TherapeuticImplicationObservation
{
    public static Observation From(NtrkFinding finding, Therapy therapy, VariantContext ctx, string variantUrl, string id)
    {
        var (name, source) = RuleCatalogue.Therapy(therapy);
        var o = new Observation
        {
            Id = id,
            Meta = new Meta { Profile = [GenomicsCodes.TherapeuticImplicationProfile] },
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept { Coding = [GenomicsCodes.Laboratory] }, new CodeableConcept { Coding = [GenomicsCodes.Genetics] }],
            Code = new CodeableConcept { Coding = [GenomicsCodes.TherapeuticImplication] },
            Subject = new ResourceReference(ctx.PatientUrl),
            Effective = ctx.Effective,
            DerivedFrom = [new ResourceReference(variantUrl)],
        };
        o.Component.Add(Component(GenomicsCodes.MedicationAssessed, Medication(therapy)));
        // The tumour-agnostic label indication (source below) is what makes a response presumed, not a measured one.
        o.Component.Add(Component(GenomicsCodes.EffectOnDrugEfficacy, new CodeableConcept { Coding = [GenomicsCodes.PresumedResponsive] }));
        // The AMP/ASCO/CAP levels have no code in the IG's level-of-evidence answer list (LL5356-2): text only.
        o.Component.Add(Component(GenomicsCodes.EvidenceLevel, new CodeableConcept { Text = "AMP/ASCO/CAP 2017 " + RuleCatalogue.Tier(finding.Tier) }));
        o.Note.Add(new Annotation { Text = new Markdown($"{finding.Call.Name}: {name}. {RuleCatalogue.TierRule(finding.Tier.Reason).Rule} Sources: {ReportSources.Short(source)}; {ReportSources.Short(ReportSources.Li2017)}.") });
        return o;
    }

    /// <summary>
    /// The medication as text. The IG binds medication-assessed by example only; the RxNorm ingredient concept was not
    /// confirmed from a source reachable when this was written (docs/report.md says which), so no code is guessed.
    /// </summary>
    private static CodeableConcept Medication(Therapy t) => new()
    {
        Text = t switch
        {
            Therapy.Larotrectinib => "larotrectinib",
            Therapy.Entrectinib => "entrectinib",
            _ => throw new ArgumentOutOfRangeException(nameof(t)),
        },
    };

    private static Observation.ComponentComponent Component(Coding code, DataType value) =>
        new() { Code = new CodeableConcept { Coding = [code] }, Value = value };
}
