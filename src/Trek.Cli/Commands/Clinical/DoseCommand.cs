using System.CommandLine;
using Trek.Clinical.Dosing;
using Trek.Reports.Clinical;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek dose`: larotrectinib dose from height and weight, with the label's modifications.</summary>
internal static class DoseCommand
{
    public static Command Create()
    {
        var height = NumberOptions.Number("--height-cm", "Height in cm, a plain number with a '.' decimal point (required)");
        height.Required = true;
        var weight = NumberOptions.Number("--weight-kg", "Weight in kg, a plain number with a '.' decimal point: 6.2, not 6,2 (required)");
        weight.Required = true;
        var formula = new Option<string>("--bsa-formula") { Description = "Body-surface-area formula: mosteller, dubois or haycock (default: mosteller)", DefaultValueFactory = _ => "mosteller" };
        formula.AcceptOnlyFromAmong("mosteller", "dubois", "haycock");
        var age = NumberOptions.OptionalNumber("--age-years", "Age in years; 18 or more gives the adult dose (default: not given, BSA rule applies)");
        var reductions = new Option<int>("--reductions") { Description = "Dose modifications already made for grade 3/4 adverse reactions, 0-3; 4 = third level not tolerated (default: 0)", DefaultValueFactory = _ => 0 };
        var hepatic = new Option<string>("--hepatic") { Description = "Hepatic impairment: none, mild (Child-Pugh A), moderate (B), severe (C) (default: none)", DefaultValueFactory = _ => "none" };
        hepatic.AcceptOnlyFromAmong("none", "mild", "moderate", "severe");
        var inhibitor = new Option<bool>("--strong-cyp3a4-inhibitor") { Description = "A strong CYP3A4 inhibitor cannot be avoided (default: false)" };
        var inducer = new Option<bool>("--strong-cyp3a4-inducer") { Description = "A strong CYP3A4 inducer cannot be avoided (default: false)" };
        var force = new Option<bool>("--force") { Description = "Accept a height-weight pair whose BMI is outside 5-100 kg/m2 (refused otherwise as a likely typo); the dose is then printed with a warning (default: false)" };
        var io = ClinicalOutput.Options();

        var command = new Command("dose", "Larotrectinib dose: BSA, 100 mg/m2 twice daily capped at 100 mg (label 2.2), label dose modifications, rounding to capsules or a volume an oral syringe can measure.")
        {
            height, weight, formula, age, reductions, hepatic, inhibitor, inducer, force,
        };
        io.AddTo(command);
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
                parseResult.GetValue(inducer),
                parseResult.GetValue(force));
            var result = LarotrectinibDosing.Compute(request);
            // In JSON the warning is a field a program may not show; stderr makes sure a person sees it.
            foreach (var warning in io.FormatOf(parseResult) == OutputFormat.Json ? result.Warnings : [])
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"trek: {warning}");
            }

            return ClinicalOutput.Write(parseResult, io, result, w => DoseText.Write(w, request, result));
        });
        return command;
    }
}
