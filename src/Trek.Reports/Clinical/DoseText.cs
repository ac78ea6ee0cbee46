using System.Globalization;
using Trek.Clinical.Dosing;

namespace Trek.Reports.Clinical;

/// <summary>The text of `trek dose`.</summary>
public static class DoseText
{
    public static void Write(TextWriter w, DoseRequest request, DoseResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var citations = new Citations();
        foreach (var warning in r.Warnings)
        {
            w.WriteLine(warning);
        }

        w.WriteLine(string.Create(c, $"Larotrectinib dose for {request.HeightCm} cm, {request.WeightKg} kg{(request.AgeYears is { } a ? $", {a} years" : "")}"));
        w.WriteLine(string.Create(c, $"  BSA ({ClinicalLabels.BsaFormula(r.BsaFormula)}): {r.BsaM2:0.0000} m2"));
        if (r.Status == "discontinue")
        {
            w.WriteLine("  PERMANENTLY DISCONTINUE: not tolerated after three dose modifications.");
        }
        else
        {
            w.WriteLine(string.Create(c, $"  Calculated dose: {r.DoseMg:0.0} mg {r.Frequency}"));
            w.WriteLine(r.Solution is { } s
                ? string.Create(c, $"  Oral solution 20 mg/mL: {s.VolumeMl:0.0} mL = {s.DoseMg:0.0} mg ({s.DeviationPercent:+0.0;-0.0;0.0}%), {s.SyringeMl:0} mL oral syringe graduated in {s.GraduationMl:0.0} mL")
                : "  Oral solution: no measurable volume within 10% of the dose; ask the pharmacy");
            w.WriteLine(r.Capsules is { } k
                ? string.Create(c, $"  Capsules: {k.DoseMg:0} mg = {k.Capsules100Mg} x 100 mg + {k.Capsules25Mg} x 25 mg ({k.DeviationPercent:+0.0;-0.0;0.0}% of the calculated dose)")
                : "  Capsules: none within 10% of the dose; give the oral solution");
        }

        w.WriteLine("Rules applied:");
        RulesText.Write(w, r.Rules, citations);
        foreach (var note in r.Notes)
        {
            w.WriteLine($"Note: {note}");
        }

        citations.WriteList(w);
    }
}
