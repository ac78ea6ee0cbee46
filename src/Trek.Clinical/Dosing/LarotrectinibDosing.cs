using Trek.Clinical.Rules;
using Trek.Core;

namespace Trek.Clinical.Dosing;

/// <summary>
/// Larotrectinib dose per the VITRAKVI US label (section 2): BSA-based for children under 1.0 m2, flat 100 mg
/// twice daily otherwise, then the label's modifications, then rounding to what can be measured or swallowed.
/// </summary>
public static class LarotrectinibDosing
{
    public const decimal SolutionMgPerMl = 20m;
    public const double AdultAgeYears = 18;
    public const double BsaThresholdM2 = 1.0;
    public const int MaxReductions = 3;

    /// <summary>mg/m2 twice daily at modification levels 0-3 for BSA &lt; 1.0 m2 (label 2.2 and 2.3 Table 1).</summary>
    private static readonly double[] PaediatricMgPerM2 = [100, 75, 50, 25];

    /// <summary>Flat mg at levels 0-3 for adults and BSA &gt;= 1.0 m2; level 3 is once daily (label 2.3 Table 1).</summary>
    private static readonly double[] FlatMg = [100, 75, 50, 100];

    public static DoseResult Compute(DoseRequest request)
    {
        Validate(request);
        var rules = new List<AppliedRule>();
        var notes = new List<string>();
        var warnings = new List<string>();

        // BSA is used as printed (4 decimals) so that a reader can redo every step from the output.
        var bsa = Math.Round(BodySurfaceArea.Compute(request.Formula, request.HeightCm, request.WeightKg), 4, MidpointRounding.AwayFromZero);
        // Each value alone was range-checked by the BSA formula; now the pair (BMI).
        if (BodyProportions.Check(request.HeightCm, request.WeightKg, request.Force) is { } warning)
        {
            warnings.Add(warning);
            rules.Add(new AppliedRule($"Height and weight outside the plausible BMI range {BodyProportions.MinBmi:0}-{BodyProportions.MaxBmi:0} kg/m2 accepted with --force", BodyProportions.Source));
        }

        rules.Add(new AppliedRule($"BSA by the {FormulaName(request.Formula)} formula = {bsa:0.0000} m2", BodySurfaceArea.SourceOf(request.Formula)));

        var adult = request.AgeYears is { } age && age >= AdultAgeYears;
        var flat = adult || bsa >= BsaThresholdM2;
        var basis = adult ? "adult" : bsa >= BsaThresholdM2 ? "bsa_at_least_1" : "paediatric_bsa_below_1";
        if (request.AgeYears is null)
        {
            notes.Add("Age not given: the BSA rule was applied; an adult receives 100 mg twice daily whatever the BSA.");
        }

        if (request.Reductions > MaxReductions)
        {
            rules.Add(new AppliedRule("Permanently discontinue in patients unable to tolerate larotrectinib after three dose modifications", Sources.LabelAdverseReactions));
            return new DoseResult("larotrectinib", FormulaName(request.Formula), bsa, basis, request.Reductions, "discontinue", null, null, null, SolutionMgPerMl, null, null, warnings, rules, notes);
        }

        var level = request.Reductions;
        double exact;
        string frequency = "twice daily";
        if (flat)
        {
            exact = FlatMg[level];
            frequency = level == MaxReductions ? "once daily" : "twice daily";
            rules.Add(new AppliedRule(
                level == 0 ? "Adults and children with BSA >= 1.0 m2: 100 mg twice daily" : $"Dose modification {level} for BSA >= 1.0 m2 or adults: {exact:0} mg {frequency}",
                level == 0 ? Sources.LabelDosage : Sources.LabelAdverseReactions));
        }
        else
        {
            var perM2 = PaediatricMgPerM2[level];
            exact = perM2 * bsa;
            rules.Add(new AppliedRule(
                level == 0 ? $"Children with BSA < 1.0 m2: 100 mg/m2 twice daily = {exact:0.###} mg" : $"Dose modification {level} for BSA < 1.0 m2: {perM2:0} mg/m2 twice daily = {exact:0.###} mg",
                level == 0 ? Sources.LabelDosage : Sources.LabelAdverseReactions));
            if (level == MaxReductions)
            {
                notes.Add("A child on 25 mg/m2 twice daily stays on that dose even if the BSA later reaches 1.0 m2 (label Table 1 footnote).");
            }
        }

        exact = ApplyModifiers(request, exact, rules, notes);
        return Round(request, bsa, basis, level, exact, frequency, rules, notes, warnings);
    }

    private static double ApplyModifiers(DoseRequest request, double exact, List<AppliedRule> rules, List<string> notes)
    {
        var count = 0;
        if (request.Hepatic is HepaticImpairment.Moderate or HepaticImpairment.Severe)
        {
            exact *= 0.5;
            count++;
            rules.Add(new AppliedRule($"{(request.Hepatic == HepaticImpairment.Moderate ? "Moderate (Child-Pugh B)" : "Severe (Child-Pugh C)")} hepatic impairment: reduce the starting dose by 50%", Sources.LabelHepatic));
        }
        else if (request.Hepatic == HepaticImpairment.Mild)
        {
            rules.Add(new AppliedRule("Mild (Child-Pugh A) hepatic impairment: no dose change", Sources.LabelHepatic));
        }

        if (request.StrongCyp3a4Inhibitor)
        {
            exact *= 0.5;
            count++;
            rules.Add(new AppliedRule("Strong CYP3A4 inhibitor that cannot be avoided: reduce the dose by 50%; resume the prior dose 3-5 half-lives after the inhibitor stops", Sources.LabelCyp3a4Inhibitors));
        }

        if (request.StrongCyp3a4Inducer)
        {
            exact *= 2;
            count++;
            rules.Add(new AppliedRule("Strong CYP3A4 inducer that cannot be avoided: double the dose; resume the prior dose 3-5 half-lives after the inducer stops", Sources.LabelCyp3a4Inducers));
        }

        if (count > 1)
        {
            notes.Add("The label does not address combining these modifications; Trek multiplied them. Confirm with a clinical pharmacist.");
        }

        return exact;
    }

    private static DoseResult Round(DoseRequest request, double bsa, string basis, int level, double exact, string frequency, List<AppliedRule> rules, List<string> notes, List<string> warnings)
    {
        // The calculated dose is reported to 0.1 mg; what is given is a measurable volume or whole capsules,
        // each within 10% of it (the same tolerance for both forms).
        var doseMg = Math.Round((decimal)exact, 1, MidpointRounding.AwayFromZero);
        var solution = OralSyringe.For(exact, SolutionMgPerMl);
        if (solution is not null)
        {
            rules.Add(new AppliedRule(
                $"Oral solution 20 mg/mL: {exact:0.###} mg = {(decimal)exact / SolutionMgPerMl:0.###} mL, rounded to the {solution.GraduationMl:0.0} mL graduation of a {solution.SyringeMl:0} mL oral syringe: {solution.VolumeMl:0.0} mL = {solution.DoseMg:0.0} mg ({solution.DeviationPercent:+0.0;-0.0;0.0}%)",
                $"{Sources.LabelOralSyringe}; {Sources.LabelFormulations}; {Sources.DoseRounding}"));
            if (solution.VolumeMl > OralSyringe.LargeSyringeMl)
            {
                notes.Add($"{solution.VolumeMl:0.0} mL is more than one 5 mL oral syringe holds: draw it up in two syringefuls.");
            }
        }
        else
        {
            notes.Add($"No volume measurable with a 1 mL (0.1 mL graduations) or 5 mL (0.2 mL graduations) oral syringe is within 10% of {exact:0.###} mg: ask the pharmacy to prepare the dose.");
        }

        var capsules = CapsulesFor(exact);
        if (capsules is not null)
        {
            rules.Add(new AppliedRule($"Capsules: {capsules.DoseMg:0} mg is within 10% of the calculated dose ({capsules.DeviationPercent:+0.0;-0.0;0.0}%)", Sources.DoseRounding));
        }
        else
        {
            notes.Add("No combination of 25 mg and 100 mg capsules is within 10% of this dose: use the oral solution.");
        }

        return new DoseResult("larotrectinib", FormulaName(request.Formula), bsa, basis, level, "treat", Math.Round(exact, 4), doseMg, frequency, SolutionMgPerMl, solution, capsules, warnings, rules, notes);
    }

    /// <summary>The nearest multiple of 25 mg, if it is within 10% of <paramref name="exactMg"/> (HOPA 2018 position statement).</summary>
    public static CapsuleOption? CapsulesFor(double exactMg)
    {
        var nearest = Math.Round((decimal)exactMg / 25m, 0, MidpointRounding.AwayFromZero) * 25m;
        if (nearest < 25m)
        {
            return null;
        }

        var deviation = Math.Round((nearest - (decimal)exactMg) / (decimal)exactMg * 100m, 1, MidpointRounding.AwayFromZero);
        if (Math.Abs(nearest - (decimal)exactMg) > 0.10m * (decimal)exactMg)
        {
            return null;
        }

        var hundreds = (int)(nearest / 100m);
        var quarters = (int)((nearest - (hundreds * 100m)) / 25m);
        return new CapsuleOption(nearest, hundreds, quarters, deviation);
    }

    public static string FormulaName(BsaFormula formula) => formula switch
    {
        BsaFormula.Mosteller => "mosteller",
        BsaFormula.DuBois => "dubois",
        BsaFormula.Haycock => "haycock",
        _ => throw new ArgumentOutOfRangeException(nameof(formula)),
    };

    private static void Validate(DoseRequest request)
    {
        if (request.AgeYears is { } age && (double.IsNaN(age) || age < 0 || age > 120))
        {
            throw new InputException($"age {age} years is impossible: give an age between 0 and 120 years");
        }

        if (request.Reductions < 0 || request.Reductions > MaxReductions + 1)
        {
            throw new InputException($"--reductions {request.Reductions}: give 0-3 dose modifications already made, or 4 when the third level was not tolerated");
        }

        if (request.StrongCyp3a4Inhibitor && request.StrongCyp3a4Inducer)
        {
            throw new InputException("a strong CYP3A4 inhibitor and a strong CYP3A4 inducer together: the label gives no dose for this combination");
        }
    }
}
