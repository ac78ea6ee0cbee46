using System.Reflection;
using Trek.IO.Fasta;
using Trek.IO.Kinases;

namespace Trek.Clinical.Resistance;

/// <summary>
/// The embedded TRKA/TRKB/TRKC sequences (Manning 2002 Kincat rows; see Resistance/Reference/README.md) with their
/// accessions and kinase-domain spans from the TRK rows of Trek's one kinase-domain table (<see cref="KinaseDomainTable"/>).
/// </summary>
public static class TrkReference
{
    private const string ProteinsResource = "Trek.Clinical.TrkProteins.fa";

    private static readonly Lazy<IReadOnlyDictionary<string, TrkProtein>> Proteins = new(Load);

    public static IReadOnlyCollection<TrkProtein> All => Proteins.Value.Values.ToList();

    /// <summary>The protein for NTRK1, NTRK2 or NTRK3 (case-insensitive), or null for any other gene.</summary>
    public static TrkProtein? ForGene(string gene) =>
        Proteins.Value.TryGetValue(gene.ToUpperInvariant(), out var protein) ? protein : null;

    private static IReadOnlyDictionary<string, TrkProtein> Load()
    {
        var sequences = ReadProteins();
        var result = new Dictionary<string, TrkProtein>(StringComparer.Ordinal);
        foreach (var row in KinaseDomainTable.Bundled().Where(r => sequences.ContainsKey(r.Gene)))
        {
            var sequence = sequences[row.Gene];
            if (sequence.Length != row.ProteinLength)
            {
                throw new InvalidOperationException($"{row.Name}: embedded sequence length {sequence.Length} differs from the kinase-domain table ({row.ProteinLength})");
            }

            var accession = row.Accession ?? throw new InvalidOperationException($"{row.Name}: the kinase-domain table gives no protein accession");
            result[row.Gene] = new TrkProtein(row.Gene, row.Name, accession, sequence, row.Start, row.End);
        }

        return result;
    }

    /// <summary>Headers look like "&gt;TRKA|NTRK1|NP_001012331.1"; keyed by the gene symbol.</summary>
    private static Dictionary<string, string> ReadProteins()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ProteinsResource)
            ?? throw new InvalidOperationException($"embedded resource {ProteinsResource} is missing from Trek.Clinical");
        return FastaReader.Read(stream, ProteinsResource).ToDictionary(r => r.Id.Split('|')[1], r => r.Sequence, StringComparer.Ordinal);
    }
}
