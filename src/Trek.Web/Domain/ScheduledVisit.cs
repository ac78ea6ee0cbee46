namespace Trek.Web.Domain;

/// <summary>One planned assessment visit (number k is due 8k weeks after the first dose) and what happened.</summary>
public sealed record ScheduledVisit(int Number, DateOnly Due, VisitStatus Status, DateOnly? AssessedOn);
