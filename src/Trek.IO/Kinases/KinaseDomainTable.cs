using Trek.Core;

namespace Trek.IO.Kinases;

/// <summary>
/// The one reader of kinase-domain tables: the bundled table (kinase_domains.tsv, embedded once, here: TRKA/B/C
/// peptides from Manning 2002, and UniProt "Protein kinase" domain spans for the other kinases with fusion
/// therapies, source per row), used by `trek index` (Trek.Fusion) and by `trek resistance` (Trek.Clinical), or a
/// user's file. Columns: entrez_symbol, and kinase_domain_seq, or protein_len + kd_start_aa + kd_end_aa ("." for
/// an absent sequence); optional name and protein_accession.
/// </summary>
public static class KinaseDomainTable
{
    public static IReadOnlyList<KinaseDomain> Bundled()
    {
        using var stream = typeof(KinaseDomainTable).Assembly.GetManifestResourceStream("kinase_domains.tsv")
            ?? throw new InvalidOperationException("bundled kinase-domain table missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader, "kinase_domains.tsv");
    }

    /// <summary>A user's table (plain or gzip, "-" for standard input).</summary>
    /// <exception cref="InputException">A missing column, a short row, a number that is not whole, or a row with neither peptide nor valid span.</exception>
    public static IReadOnlyList<KinaseDomain> Read(string path)
    {
        using var reader = new StreamReader(InputFile.OpenRead(path));
        return Parse(reader, path);
    }

    private static List<KinaseDomain> Parse(TextReader reader, string source)
    {
        var header = reader.ReadLine()?.Split('\t') ?? throw InputException.At(source, 1, "empty domain table");
        var gene = Array.IndexOf(header, "entrez_symbol");
        var name = Array.IndexOf(header, "name");
        var accession = Array.IndexOf(header, "protein_accession");
        var seq = Array.IndexOf(header, "kinase_domain_seq");
        var length = Array.IndexOf(header, "protein_len");
        var start = Array.IndexOf(header, "kd_start_aa");
        var end = Array.IndexOf(header, "kd_end_aa");
        if (gene < 0 || (seq < 0 && (length < 0 || start < 0 || end < 0)))
        {
            throw InputException.At(source, 1, "domain table needs columns entrez_symbol and kinase_domain_seq, or protein_len, kd_start_aa and kd_end_aa");
        }

        var list = new List<KinaseDomain>();
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < header.Length)
            {
                throw InputException.At(source, lineNo, $"too few columns ({cols.Length} of {header.Length})");
            }

            var peptide = seq >= 0 && cols[seq].Trim() is { Length: > 0 } p && p != "." ? p.ToUpperInvariant() : string.Empty;
            var (len, from, to) = (Number(cols, length, source, lineNo), Number(cols, start, source, lineNo), Number(cols, end, source, lineNo));
            if (peptide.Length == 0 && !(len > 0 && from >= 1 && to > from && to <= len))
            {
                throw InputException.At(source, lineNo, $"{cols[gene]}: no kinase_domain_seq and no valid span (protein_len {len}, kd_start_aa {from}, kd_end_aa {to})");
            }

            list.Add(new KinaseDomain(cols[gene], name >= 0 ? cols[name] : cols[gene], peptide, len, from, to)
            {
                Accession = accession >= 0 && cols[accession] is { Length: > 0 } a && a != "." ? a : null,
            });
        }

        return list;
    }

    private static int Number(string[] cols, int column, string source, int line)
    {
        if (column < 0 || cols[column] is "." or "")
        {
            return 0;
        }

        return int.TryParse(cols[column], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw InputException.At(source, line, $"not a whole number: '{cols[column]}'");
    }
}
