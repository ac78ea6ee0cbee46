namespace Trek.Trials.Endpoints;

/// <summary>Best overall response per RECIST 1.1 (or RANO) as recorded by the site or `trek response`.</summary>
public enum BestResponse
{
    CR,
    PR,
    SD,
    PD,
    NE,
}
