namespace Trek.Reports.Fusions;

/// <summary>A fusions.tsv file: its `##key=value` provenance lines, in order, and its calls in file order.</summary>
public sealed record FusionTable(string Source, IReadOnlyList<KeyValuePair<string, string>> Provenance, IReadOnlyList<FusionRecord> Calls)
{
    public string? ProvenanceValue(string key) => Provenance.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault();
}
