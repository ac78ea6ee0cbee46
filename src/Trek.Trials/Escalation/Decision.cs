namespace Trek.Trials.Escalation;

/// <summary>A design's answer at one moment; a value type because simulations ask millions of times.</summary>
public readonly record struct Decision(DecisionKind Kind, int Dose)
{
    public static Decision Enroll(int dose) => new(DecisionKind.Enroll, dose);

    public static Decision Wait => new(DecisionKind.Wait, -1);

    public static Decision Stop(int mtd) => new(DecisionKind.Stop, mtd);
}
