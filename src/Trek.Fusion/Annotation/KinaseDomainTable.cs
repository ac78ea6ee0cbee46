using Trek.Core;

namespace Trek.Fusion.Annotation;

/// <summary>Reads kinase-domain tables: the bundled TRK table (Manning 2002) or a user's file with the same columns.</summary>
public static class KinaseDomainTable
{
    public static IReadOnlyList<KinaseDomain> Bundled()
    {
        using var stream = typeof(KinaseDomainTable).Assembly.GetManifestResourceStream("trk_kinase_domains.tsv")
            ?? throw new InvalidOperationException("bundled kinase-domain table missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader, "trk_kinase_domains.tsv");
    }

    public static IReadOnlyList<KinaseDomain> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    private static List<KinaseDomain> Parse(TextReader reader, string source)
    {
        var header = reader.ReadLine()?.Split('\t') ?? throw InputException.At(source, 1, "empty domain table");
        var gene = Array.IndexOf(header, "entrez_symbol");
        var name = Array.IndexOf(header, "name");
        var seq = Array.IndexOf(header, "kinase_domain_seq");
        if (gene < 0 || seq < 0)
        {
            throw InputException.At(source, 1, "domain table needs columns entrez_symbol and kinase_domain_seq");
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
            if (cols.Length <= Math.Max(gene, seq))
            {
                throw InputException.At(source, lineNo, "too few columns");
            }

            list.Add(new KinaseDomain(cols[gene], name >= 0 ? cols[name] : cols[gene], cols[seq].Trim().ToUpperInvariant()));
        }

        return list;
    }
}
