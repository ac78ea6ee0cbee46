namespace Trek.Clinical.Resistance;

/// <summary>Which TRKB numbering an NTRK2 position is written in (see Resistance/Reference/README.md).</summary>
public enum Ntrk2Numbering
{
    /// <summary>The 822-aa NP_001018074.1 Trek holds (F617, G623, G693). Default.</summary>
    Isoform822,

    /// <summary>The 838-aa numbering of the literature (F633, G639, G709); only those three hotspots are mapped.</summary>
    Isoform838,
}
