namespace Trek.Fusion.Calling;

/// <summary>
/// Reads that enter a kinase gene at one exon start from sequence not in the index. Up to 64 of their
/// 5' parts are kept, chosen by lowest signature so the choice does not depend on thread timing.
/// </summary>
public sealed class NovelEvidence
{
    private const int MaxKept = 256;

    public SupportSet Support { get; } = new();

    public int Transcript { get; private set; } = int.MaxValue;

    public int Position { get; private set; }

    public SortedDictionary<ulong, byte[]> Prefixes { get; } = [];

    public void Add(int transcript, int position, byte[] prefix, ulong signature)
    {
        if (transcript < Transcript)
        {
            Transcript = transcript;
            Position = position;
        }

        Support.Add(signature, false);
        Keep(signature, prefix);
    }

    public void Merge(NovelEvidence other)
    {
        if (other.Transcript < Transcript)
        {
            Transcript = other.Transcript;
            Position = other.Position;
        }

        Support.Merge(other.Support);
        foreach (var (sig, prefix) in other.Prefixes)
        {
            Keep(sig, prefix);
        }
    }

    private void Keep(ulong signature, byte[] prefix)
    {
        Prefixes.TryAdd(signature, prefix);
        if (Prefixes.Count > MaxKept)
        {
            Prefixes.Remove(Prefixes.Keys.Last());
        }
    }
}
