using System.CommandLine;
using System.Globalization;
using Trek.Clinical.Dosing;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek dose`: larotrectinib dose from height and weight, with the label's modifications.</summary>
internal static class DoseCommand
{
    public static Command Create()
    {
        var height = new Option<double>("--height-cm") { Description = "Height in cm (required)", Required = true };
        var weight = new Option<double>("--weight-kg") { Description = "Weight in kg (required)", Required = true };
        var formula = new Option<string>("--bsa-formula") { Description = "Body-surface-area formula: mosteller, dubois or haycock (default: mosteller)", DefaultValueFactory = _ => "mosteller" };
        formula.AcceptOnlyFromAmong("mosteller", "dubois", "haycock");
        var age = new Option<double?>("--age-years") { Description = "Age in years; 18 or more gives the adult dose (default: not given, BSA rule applies)" };
        var reductions = new Option<int>("--reductions") { Description = "Dose modifications already made for grade 3/4 adverse reactions, 0-3; 4 = third level not tolerated (default: 0)", DefaultValueFactory = _ => 0 };
        var hepatic = new Option<string>("--hepatic") { Description = "Hepatic impairment: none, mild (Child-Pugh A), moderate (B), severe (C) (default: none)", DefaultValueFactory = _ => "none" };
        hepatic.AcceptOnlyFromAmong("none", "mild", "moderate", "severe");
        var inhibitor = new Option<bool>("--strong-cyp3a4-inhibitor") { Description = "A strong CYP3A4 inhibitor cannot be avoided (default: false)" };
        var inducer = new Option<bool>("--strong-cyp3a4-inducer") { Description = "A strong CYP3A4 inducer cannot be avoided (default: false)" };
        var json = ClinicalOutput.JsonOption();

        var command = new Command("dose", "Larotrectinib dose: BSA, 100 mg/m2 twice daily capped at 100 mg (label 2.2), label dose modifications, rounding to capsules or oral solution.")
        {
            height, weight, formula, age, reductions, hepatic, inhibitor, inducer, json,
        };
        command.SetAction(parseResult =>
        {
            var request = new DoseRequest(
                parseResult.GetValue(height),
                parseResult.GetValue(weight),
                parseResult.GetValue(formula) switch { "dubois" => BsaFormula.DuBois, "haycock" => BsaFormula.Haycock, _ => BsaFormula.Mosteller },
                parseResult.GetValue(age),
                parseResult.GetValue(reductions),
                Enum.Parse<HepaticImpairment>(parseResult.GetValue(hepatic)!, ignoreCase: true),
                parseResult.GetValue(inhibitor),
                parseResult.GetValue(inducer));
            var result = LarotrectinibDosing.Compute(request);
            return ClinicalOutput.Write(parseResult, parseResult.GetValue(json), result, w => Text(w, request, result));
        });
        return command;
    }

    private static void Text(TextWriter w, DoseRequest request, DoseResult r)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"Larotrectinib dose for {request.HeightCm} cm, {request.WeightKg} kg{(request.AgeYears is { } a ? $", {a} years" : "")}"));
        w.WriteLine(string.Create(c, $"  BSA ({r.BsaFormula}): {r.BsaM2:0.0000} m2"));
        if (r.Status == "discontinue")
        {
            w.WriteLine("  PERMANENTLY DISCONTINUE: not tolerated after three dose modifications.");
        }
        else
        {
            w.WriteLine(string.Create(c, $"  Dose: {r.DoseMg:0.0} mg {r.Frequency} = {r.SolutionMl:0.00} mL of the 20 mg/mL oral solution"));
            w.WriteLine(r.Capsules is { } k
                ? string.Create(c, $"  Capsules: {k.DoseMg:0} mg = {k.Capsules100Mg} x 100 mg + {k.Capsules25Mg} x 25 mg ({k.DeviationPercent:+0.0;-0.0;0.0}% of the calculated dose)")
                : "  Capsules: none within 10% of the dose; give the oral solution");
        }

        w.WriteLine("Rules applied:");
        ClinicalOutput.WriteRules(w, r.Rules);
        foreach (var note in r.Notes)
        {
            w.WriteLine($"Note: {note}");
        }
    }
}
