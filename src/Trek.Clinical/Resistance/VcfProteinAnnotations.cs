using Trek.IO.Vcf;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Protein annotations of VCF records: snpEff ANN (fixed layout: Allele is field 1, Gene_Name field 4, Feature_ID
/// field 7 and HGVS.p field 11 of the ANN specification) or Ensembl VEP CSQ (layout read from the header's
/// "Format: ..." description: Allele, SYMBOL, Feature, HGVSp).
/// </summary>
public sealed class VcfProteinAnnotations
{
    private const int AnnAllele = 0;
    private const int AnnGene = 3;
    private const int AnnFeature = 6;
    private const int AnnHgvsp = 10;

    private readonly (int Allele, int Gene, int Hgvsp, int Feature)? csq;

    /// <summary>Reads the CSQ layout from the header; an ANN or CSQ header tells whether the file was annotated at all.</summary>
    public VcfProteinAnnotations(VcfHeader header, string source)
    {
        HasAnn = header.Info("ANN") is not null;
        if (header.Info("CSQ") is { } line)
        {
            var at = line.Text.IndexOf("Format: ", StringComparison.Ordinal);
            if (at < 0)
            {
                throw Trek.Core.InputException.At(source, line.Line, "CSQ header without 'Format: ' field list");
            }

            var names = line.Text[(at + 8)..].TrimEnd('>', '"').Split('|');
            var gene = Array.IndexOf(names, "SYMBOL");
            var hgvsp = Array.IndexOf(names, "HGVSp");
            if (gene < 0 || hgvsp < 0)
            {
                throw Trek.Core.InputException.At(source, line.Line, "CSQ header must list SYMBOL and HGVSp (run VEP with --symbol --hgvs)");
            }

            csq = (Array.IndexOf(names, "Allele"), gene, hgvsp, Array.IndexOf(names, "Feature"));
        }
    }

    public bool HasAnn { get; }

    public bool HasCsq => csq is not null;

    /// <summary>Distinct (gene, HGVS.p) annotations of one record; a record without any is simply empty.</summary>
    public IEnumerable<VcfProteinAnnotation> Of(VcfRecord record)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var key in new[] { "ANN", "CSQ" })
        {
            var value = record.InfoValue(key);
            if (value is null)
            {
                continue;
            }

            if (key == "CSQ" && csq is null)
            {
                throw new Trek.Core.InputException("CSQ annotations but no ##INFO=<ID=CSQ,...Format: ...> header naming the SYMBOL and HGVSp fields");
            }

            var (ai, gi, pi, fi) = key == "ANN" ? (AnnAllele, AnnGene, AnnHgvsp, AnnFeature) : csq!.Value;
            foreach (var item in value.Split(','))
            {
                var f = item.Split('|');
                if (f.Length <= Math.Max(gi, pi) || f[pi].Length == 0 || f[gi].Length == 0)
                {
                    continue;
                }

                // VEP percent-encodes '=' in HGVSp (p.Gly595%3D); snpEff may too.
                var hgvsp = f[pi].Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
                if (seen.Add((f[gi], hgvsp)))
                {
                    yield return new VcfProteinAnnotation(record.Line, f[gi], hgvsp, fi >= 0 && fi < f.Length ? f[fi] : "", ai >= 0 && ai < f.Length ? f[ai] : "");
                }
            }
        }
    }
}
