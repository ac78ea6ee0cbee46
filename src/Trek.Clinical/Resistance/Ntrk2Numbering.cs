namespace Trek.Clinical.Resistance;

/// <summary>Which TRKB numbering an NTRK2 position is written in (see Resistance/Reference/README.md).</summary>
public enum Ntrk2Numbering
{
    /// <summary>
    /// The 838-aa numbering of the MANE Select transcript (NM_006180 / NP_006171) and of the resistance literature
    /// (F633, G639, G709). Default. Trek does not hold that sequence, so only the three motif-anchored hotspots are
    /// mapped to the 822-aa sequence it holds and checked there; any other 838-numbered position is refused.
    /// </summary>
    Mane838,

    /// <summary>The 822-aa NP_001018074.1 Trek holds (F617, G623, G693): every position is checked.</summary>
    Isoform822,
}
