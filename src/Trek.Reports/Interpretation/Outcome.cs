namespace Trek.Reports.Interpretation;

/// <summary>How a call fares against one criterion; "not determined" is kept apart from "not met".</summary>
public enum Outcome
{
    Met,
    NotMet,
    NotDetermined,
}
