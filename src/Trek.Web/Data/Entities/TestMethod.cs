namespace Trek.Web.Data.Entities;

/// <summary>The NTRK assays of the ESMO 2019 testing algorithm (Marchio et al., Ann Oncol 2019).</summary>
public enum TestMethod
{
    Ihc,
    Fish,
    RtPcr,
    DnaNgs,
    RnaNgs,
}
