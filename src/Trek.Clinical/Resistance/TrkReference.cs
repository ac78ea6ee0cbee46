using System.Reflection;

namespace Trek.Clinical.Resistance;

/// <summary>The embedded TRKA/TRKB/TRKC sequences (Manning 2002 Kincat rows; see Resistance/Reference/README.md).</summary>
public static class TrkReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, TrkProtein>> Proteins = new(Load);

    public static IReadOnlyCollection<TrkProtein> All => Proteins.Value.Values.ToList();

    /// <summary>The protein for NTRK1, NTRK2 or NTRK3 (case-insensitive), or null for any other gene.</summary>
    public static TrkProtein? ForGene(string gene) =>
        Proteins.Value.TryGetValue(gene.ToUpperInvariant(), out var protein) ? protein : null;

    private static IReadOnlyDictionary<string, TrkProtein> Load()
    {
        var sequences = ReadFasta(ReadResource("Trek.Clinical.TrkProteins.fa"));
        var result = new Dictionary<string, TrkProtein>(StringComparer.Ordinal);
        // Columns: name entrez_symbol refseq_mrna refseq_protein protein_len kd_start_aa kd_end_aa kinase_domain_seq
        foreach (var line in ReadResource("Trek.Clinical.TrkKinaseDomains.tsv").Split('\n').Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 7)
            {
                continue;
            }

            var sequence = sequences[f[1]];
            if (sequence.Length != int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"{f[0]}: embedded sequence length {sequence.Length} differs from the table ({f[4]})");
            }

            result[f[1]] = new TrkProtein(f[1], f[0], f[3], sequence, int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>Headers look like "&gt;TRKA|NTRK1|NP_001012331.1"; keyed by the gene symbol.</summary>
    private static Dictionary<string, string> ReadFasta(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? gene = null;
        var sequence = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('>'))
            {
                if (gene is not null)
                {
                    result[gene] = sequence.ToString();
                }

                gene = line[1..].Split('|')[1];
                sequence.Clear();
            }
            else
            {
                sequence.Append(line.Trim());
            }
        }

        if (gene is not null)
        {
            result[gene] = sequence.ToString();
        }

        return result;
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from Trek.Clinical");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
