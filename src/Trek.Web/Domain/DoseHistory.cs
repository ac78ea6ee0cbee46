using Trek.Clinical.Dosing;
using Trek.Clinical.Eligibility;
using Trek.Core;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// The larotrectinib dose over time: the starting dose at the first dose date, then one step per recorded dose change.
/// Each step is computed by <see cref="LarotrectinibDosing"/> from the measurement in effect on its date (the latest on or
/// before it) and the age then. The current dose is a separate figure (<see cref="Current"/>): the latest level on or
/// before today with the latest measurement, because a child's dose follows the body surface area as it grows.
/// </summary>
public static class DoseHistory
{
    public static IReadOnlyList<DoseStep> Of(Patient patient, IReadOnlyList<BodyMeasurement> measurements, IReadOnlyList<DoseChange> changes)
    {
        var steps = new List<DoseStep>();
        var previous = 0;
        if (patient.FirstDoseDate is { } first)
        {
            steps.Add(Step(patient, first, 0, DoseDirection.Start, "starting dose", measurements));
        }

        foreach (var c in changes.OrderBy(c => c.Date).ThenBy(c => c.Id))
        {
            var direction = c.Reductions > previous ? DoseDirection.Reduction : c.Reductions < previous ? DoseDirection.ReEscalation : DoseDirection.Unchanged;
            steps.Add(Step(patient, c.Date, c.Reductions, direction, c.Reason, measurements));
            previous = c.Reductions;
        }

        return steps;
    }

    /// <summary>
    /// The dose today: the latest measurement on or before <paramref name="on"/> and the modification level of the latest dose
    /// change on or before it (0 when none). Null with the reason when it cannot be computed.
    /// </summary>
    public static (DoseResult? Dose, BodyMeasurement? Measurement, int Level, string? Problem) Current(Patient patient, IReadOnlyList<BodyMeasurement> measurements, IReadOnlyList<DoseChange> changes, DateOnly on)
    {
        var level = changes.Where(c => c.Date <= on).OrderBy(c => c.Date).ThenBy(c => c.Id).LastOrDefault()?.Reductions ?? 0;
        var step = Step(patient, on, level, DoseDirection.Unchanged, "", measurements);
        return (step.Dose, step.Measurement, level, step.Problem);
    }

    private static DoseStep Step(Patient patient, DateOnly date, int level, DoseDirection direction, string reason, IReadOnlyList<BodyMeasurement> measurements)
    {
        var m = measurements.Where(x => x.Date <= date).OrderBy(x => x.Date).ThenBy(x => x.Id).LastOrDefault();
        if (m is null)
        {
            return new DoseStep(date, level, direction, reason, null, null, measurements.Count == 0 ? "no height and weight recorded" : $"no height and weight recorded on or before {date:yyyy-MM-dd}");
        }

        var months = date >= patient.BirthDate ? PatientAge.CompletedMonths(patient.BirthDate, date) : 0;
        try
        {
            var dose = LarotrectinibDosing.Compute(new DoseRequest(m.HeightCm, m.WeightKg, AgeYears: months / 12.0, Reductions: level));
            return new DoseStep(date, level, direction, reason, m, dose, null);
        }
        catch (InputException ex)
        {
            return new DoseStep(date, level, direction, reason, m, null, ex.Message);
        }
    }
}
