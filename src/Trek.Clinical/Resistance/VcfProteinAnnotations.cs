using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Reads protein annotations from a VCF: snpEff ANN (fixed layout, Gene_Name is field 4 and HGVS.p field 11 of
/// the ANN specification) or Ensembl VEP CSQ (layout read from the header's "Format: ..." description,
/// SYMBOL and HGVSp fields). Records without a protein change are skipped.
/// </summary>
public static class VcfProteinAnnotations
{
    private const int AnnGene = 3;
    private const int AnnFeature = 6;
    private const int AnnHgvsp = 10;

    public static IEnumerable<VcfProteinAnnotation> Read(TextReader reader, string source)
    {
        int csqGene = -1, csqHgvsp = -1, csqFeature = -1;
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.StartsWith("##INFO=<ID=CSQ,", StringComparison.Ordinal))
            {
                (csqGene, csqHgvsp, csqFeature) = CsqLayout(line, source, lineNumber);
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 8)
            {
                throw InputException.At(source, lineNumber, $"a VCF record needs at least 8 tab-separated columns, found {columns.Length}");
            }

            foreach (var annotation in FromInfo(columns[7], lineNumber, csqGene, csqHgvsp, csqFeature, source))
            {
                yield return annotation;
            }
        }
    }

    private static IEnumerable<VcfProteinAnnotation> FromInfo(string info, long line, int csqGene, int csqHgvsp, int csqFeature, string source)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var entry in info.Split(';'))
        {
            var isAnn = entry.StartsWith("ANN=", StringComparison.Ordinal);
            var isCsq = entry.StartsWith("CSQ=", StringComparison.Ordinal);
            if (!isAnn && !isCsq)
            {
                continue;
            }

            if (isCsq && csqHgvsp < 0)
            {
                throw InputException.At(source, line, "CSQ annotations but no ##INFO=<ID=CSQ,...Format: ...> header naming the SYMBOL and HGVSp fields");
            }

            foreach (var item in entry[4..].Split(','))
            {
                var f = item.Split('|');
                int gi = isAnn ? AnnGene : csqGene, pi = isAnn ? AnnHgvsp : csqHgvsp, fi = isAnn ? AnnFeature : csqFeature;
                if (f.Length <= Math.Max(gi, pi) || f[pi].Length == 0 || f[gi].Length == 0)
                {
                    continue;
                }

                // VEP percent-encodes '=' in HGVSp (p.Gly595%3D); snpEff may too.
                var hgvsp = f[pi].Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
                if (seen.Add((f[gi], hgvsp)))
                {
                    yield return new VcfProteinAnnotation(line, f[gi], hgvsp, fi >= 0 && fi < f.Length ? f[fi] : "");
                }
            }
        }
    }

    private static (int Gene, int Hgvsp, int Feature) CsqLayout(string header, string source, long line)
    {
        var at = header.IndexOf("Format: ", StringComparison.Ordinal);
        if (at < 0)
        {
            throw InputException.At(source, line, "CSQ header without 'Format: ' field list");
        }

        var names = header[(at + 8)..].TrimEnd('>', '"').Split('|');
        var gene = Array.IndexOf(names, "SYMBOL");
        var hgvsp = Array.IndexOf(names, "HGVSp");
        if (gene < 0 || hgvsp < 0)
        {
            throw InputException.At(source, line, "CSQ header must list SYMBOL and HGVSp (run VEP with --symbol --hgvs)");
        }

        return (gene, hgvsp, Array.IndexOf(names, "Feature"));
    }
}
