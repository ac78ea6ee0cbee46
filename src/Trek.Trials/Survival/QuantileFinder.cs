namespace Trek.Trials.Survival;

/// <summary>
/// Port of survival 3.5's findq (R/quantile.survfit.R): finds where a step CDF first reaches p. A
/// curve that sits exactly on p (within tol = sqrt(.Machine$double.eps)) over an interval gives the
/// midpoint of that interval; if it sits on p until the last time, the midpoint up to the last time.
/// NaN entries (NA in R) are skipped as approx() skips them; null means R's NA.
/// </summary>
internal static class QuantileFinder
{
    private const double Tolerance = 1.4901161193847656e-08;

    public static double? Find(double[] x, double[] y, double p)
    {
        var max = double.NegativeInfinity;
        foreach (var v in y)
        {
            if (!double.IsNaN(v) && v > max)
            {
                max = v;
            }
        }

        if (max < p)
        {
            return null;
        }

        var xmax = x[^1];

        // duplicated(y): keep the first time each value (NA included) appears, i.e. drop censoring rows.
        // Linear: on a non-decreasing curve without NA (1 - S always is) duplicates are neighbours; otherwise a
        // hash set (double.Equals treats NaN as equal to NaN, as duplicated() does).
        var keptX = new List<double>(y.Length);
        var keptY = new List<double>(y.Length);
        if (IsNonDecreasing(y))
        {
            for (var i = 0; i < y.Length; i++)
            {
                if (i == 0 || y[i] != y[i - 1])
                {
                    keptX.Add(x[i]);
                    keptY.Add(y[i]);
                }
            }
        }
        else
        {
            var seen = new HashSet<double>();
            for (var i = 0; i < y.Length; i++)
            {
                if (seen.Add(y[i]))
                {
                    keptX.Add(x[i]);
                    keptY.Add(y[i]);
                }
            }
        }

        var index1 = ConstantApprox(keptY, Tolerance, p);
        var index2 = ConstantApprox(keptY, -Tolerance, p);
        double? quant = index1 is { } a && index2 is { } b ? (keptX[a] + keptX[b]) / 2 : null;
        if (p == 0)
        {
            quant = keptX[0];
        }

        var lastY = keptY[^1];
        if (!double.IsNaN(lastY) && Math.Abs(p - lastY) < Tolerance)
        {
            quant = index1 is { } c ? (keptX[c] + xmax) / 2 : null;
        }

        return quant;
    }

    /// <summary>
    /// approx(y + shift, seq_along(y), p, method = "constant", f = 1)$y: the position of the first knot
    /// at or above p among non-NA knots; null outside the knots' range.
    /// </summary>
    private static int? ConstantApprox(List<double> y, double shift, double p)
    {
        var knots = new List<(double Value, int Index)>();
        for (var i = 0; i < y.Count; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                knots.Add((y[i] + shift, i));
            }
        }

        if (knots.Count == 0)
        {
            return null;
        }

        // approx() orders its knots; after duplicated() they are distinct, so the order is unique and an already
        // ordered curve (the usual case) needs no sort.
        if (!IsSorted(knots))
        {
            knots.Sort((l, r) => l.Value.CompareTo(r.Value));
        }
        if (p < knots[0].Value || p > knots[^1].Value)
        {
            return null;
        }

        foreach (var (value, index) in knots)
        {
            if (value >= p)
            {
                return index;
            }
        }

        return null;
    }

    private static bool IsNonDecreasing(double[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(y[i]) || (i > 0 && y[i] < y[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSorted(List<(double Value, int Index)> knots)
    {
        for (var i = 1; i < knots.Count; i++)
        {
            if (knots[i].Value < knots[i - 1].Value)
            {
                return false;
            }
        }

        return true;
    }
}
