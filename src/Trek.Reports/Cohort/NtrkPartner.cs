namespace Trek.Reports.Cohort;

/// <summary>A partner of NTRK1, NTRK2 or NTRK3 seen in the cohort: which side it is on and the samples that have it.</summary>
public sealed record NtrkPartner(string NtrkGene, string? Partner, PartnerSide Side, string Key, IReadOnlyList<string> Samples);

/// <summary>Where the partner sits: 5' (the usual ETV6::NTRK3 shape, NTRK keeps its kinase) or 3' (reciprocal).</summary>
public enum PartnerSide
{
    FivePrime,
    ThreePrime,
}
