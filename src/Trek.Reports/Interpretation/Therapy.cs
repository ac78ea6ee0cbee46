namespace Trek.Reports.Interpretation;

/// <summary>TRK inhibitors with a tumour-agnostic approval for NTRK fusion-positive solid tumours.</summary>
public enum Therapy
{
    Larotrectinib,
    Entrectinib,
}
