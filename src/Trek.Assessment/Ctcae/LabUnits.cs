using Trek.Core;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// Unit handling. Tests graded by multiples of ULN or baseline (ALT, AST, bilirubin, creatinine) need no
/// conversion because value, ULN, LLN and baseline of a row share one unit, but the unit must be one the
/// test is reported in. Tests graded on absolute thresholds are converted to the unit CTCAE v5.0 states,
/// by exact decimal factors (powers of ten). Haemoglobin in mmol/L keeps CTCAE's own mmol/L thresholds.
/// </summary>
public static class LabUnits
{
    /// <summary>The factor that turns a value in <paramref name="unit"/> into the canonical unit of the test.</summary>
    public static (decimal Factor, string Canonical) Factor(LabTest test, string? unit)
    {
        var u = (unit ?? test.DefaultUnit()).Trim().Replace("µ", "u").Replace("μ", "u").Replace(" ", "").ToLowerInvariant();
        switch (test)
        {
            case LabTest.Alt or LabTest.Ast or LabTest.Ggt or LabTest.Alp or LabTest.Cpk when u is "u/l" or "iu/l" or "ukat/l":
            case LabTest.Bilirubin or LabTest.Creatinine when u is "mg/dl" or "umol/l":
                return (1m, unit ?? test.DefaultUnit());
            case LabTest.Anc or LabTest.Wbc or LabTest.Platelets or LabTest.Lymphocytes:
                if (u is "10^9/l" or "x10^9/l" or "10e9/l" or "10*9/l" or "x10e9/l" or "g/l" or "10^3/ul" or "x10^3/ul" or "10*3/ul" or "k/ul" or "10^3/mm3")
                {
                    return (1m, "10^9/L");
                }

                if (u is "/ul" or "cells/ul" or "/mm3" or "/mm^3" or "cells/mm3" or "cells/mm^3")
                {
                    return (0.001m, "10^9/L");
                }

                break;
            case LabTest.Haemoglobin when u is "g/dl":
                return (1m, "g/dL");
            case LabTest.Haemoglobin when u is "g/l":
                return (0.1m, "g/dL");
            case LabTest.Haemoglobin when u is "mmol/l":
                return (1m, "mmol/L");
            case LabTest.Albumin when u is "g/dl":
                return (1m, "g/dL");
            case LabTest.Albumin when u is "g/l":
                return (0.1m, "g/dL");
        }

        throw new InputException($"unit '{unit}' is not one Trek knows for {test.Code()}");
    }
}
