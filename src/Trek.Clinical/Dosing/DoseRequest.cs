namespace Trek.Clinical.Dosing;

/// <summary>
/// What the dose calculation needs. <see cref="Reductions"/> counts the dose modifications already made for
/// grade 3 or 4 adverse reactions (0 = starting dose; 4 = the third level was not tolerated either).
/// <see cref="Force"/> accepts a height-weight pair outside <see cref="BodyProportions"/>'s bounds, with a warning.
/// </summary>
public sealed record DoseRequest(
    double HeightCm,
    double WeightKg,
    BsaFormula Formula = BsaFormula.Mosteller,
    double? AgeYears = null,
    int Reductions = 0,
    HepaticImpairment Hepatic = HepaticImpairment.None,
    bool StrongCyp3a4Inhibitor = false,
    bool StrongCyp3a4Inducer = false,
    bool Force = false);
