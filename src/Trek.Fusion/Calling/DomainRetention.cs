namespace Trek.Fusion.Calling;

/// <summary>Is the 3' partner's kinase domain kept in the fusion product? Unknown when no domain is known for the gene.</summary>
public enum DomainRetention
{
    Unknown,
    Retained,
    Lost,
}
