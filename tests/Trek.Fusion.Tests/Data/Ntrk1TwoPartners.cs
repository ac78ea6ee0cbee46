using System.IO.Compression;
using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Index;

namespace Trek.Fusion.Tests.Data;

/// <summary>
/// Two fusions on one NTRK gene in one sample, both 5' partners absent from the index, as in the SeraSeq
/// Fusion RNA Mix v4 reference material (several NTRK1 partners in one tube).
///
/// Templates: the 5' side of TPM3::NTRK1 (break 1:154170400 / 1:156874571, NTRK1 exon 10 of ENST00000392302)
/// and LMNA::NTRK1 (1:156130773 / 1:156874906, NTRK1 exon 11) is the partner part of Arriba's
/// <c>fusion_transcript</c> on the SeraSeq libraries (shared/data/seracare_seraseq_v4_truth_and_calls,
/// MDL_163_SeraSeqFusion_1-3: the longest stretch before "|" that has no "..." gap, "___" splice marks
/// removed); the 3' side is the RefSeq NTRK1 mRNA NM_002529.3 (shared/data/reference_sequences_derived) from
/// the first base after Arriba's "|".
///
/// Index: NM_002529.3 alone, with a GTF whose exons are GeneFuse's hg38 NTRK1 exons (ENST00000392302,
/// shared/data/genefuse_exon_coords/cancer.hg38.csv): the mRNA offset of exon 10 is where Arriba's NTRK1
/// side of TPM3::NTRK1 starts, the other exon boundaries follow from GeneFuse's exon lengths (checked against
/// the exon-11 start that LMNA::NTRK1 gives), the first and last exon take the remaining UTR bases. The CDS is
/// the mRNA's longest ORF (796 codons + stop, the TrkA-II protein).
/// </summary>
internal sealed class Ntrk1TwoPartners
{
    public const string Tpm3Break = "1:156874571:+";
    public const string LmnaBreak = "1:156874906:+";

    /// <summary>GeneFuse cancer.hg38.csv, NTRK1 ENST00000392302.6: exon number, start, end (1-based, + strand).</summary>
    private static readonly (int Number, int Start, int End)[] Exons =
    [
        (1, 156815656, 156815838), (2, 156842081, 156842193), (3, 156864354, 156864428), (4, 156864728, 156864799),
        (5, 156866910, 156866978), (6, 156868104, 156868249), (7, 156868505, 156868647), (8, 156871623, 156871755),
        (9, 156873633, 156873959), (10, 156874571, 156874626), (11, 156874906, 156875008), (12, 156875520, 156875666),
        (13, 156876080, 156876210), (14, 156876400, 156876572), (15, 156879122, 156879362), (16, 156879999, 156880157),
        (17, 156881457, 156881794),
    ];

    public Ntrk1TwoPartners()
    {
        Mrna = ReadFasta(TestPaths.SharedFile("reference_sequences_derived", "NTRK1_NM_002529.3.mRNA.fa"));
        var tpm3 = ArribaTranscript("TPM3");
        var lmna = ArribaTranscript("LMNA");
        Tpm3Partner = tpm3.FivePrime;
        LmnaPartner = lmna.FivePrime;
        var exon10 = Mrna.IndexOf(tpm3.ThreePrime[..24], StringComparison.Ordinal);
        var exon11 = Mrna.IndexOf(lmna.ThreePrime[..24], StringComparison.Ordinal);
        if (exon10 < 0 || exon11 != exon10 + (Exons[9].End - Exons[9].Start + 1))
        {
            throw new InvalidOperationException($"NTRK1 exon anchors disagree: exon 10 at {exon10}, exon 11 at {exon11}");
        }

        Tpm3Template = Tpm3Partner + Mrna[exon10..];
        LmnaTemplate = LmnaPartner + Mrna[exon11..];
        Dir = TestPaths.TempDir();
        Fasta = Path.Combine(Dir, "ntrk1.fa");
        Gtf = Path.Combine(Dir, "ntrk1.gtf");
        File.WriteAllText(Fasta, ">NM_002529.3 NTRK1 mRNA\n" + string.Join('\n', Mrna.Chunk(60).Select(c => new string(c))) + "\n");
        File.WriteAllText(Gtf, BuildGtf(Mrna, exon10));
        Index = IndexBuilder.Build(Fasta, Gtf, null, 31, null, null);
    }

    public string Mrna { get; }

    /// <summary>The TPM3 part of the TPM3::NTRK1 template (ends at the last base of TPM3 before the break).</summary>
    public string Tpm3Partner { get; }

    public string LmnaPartner { get; }

    public string Tpm3Template { get; }

    public string LmnaTemplate { get; }

    public string Dir { get; }

    public string Fasta { get; }

    public string Gtf { get; }

    public FusionIndex Index { get; }

    /// <summary>
    /// Paired reads (R1 forward, R2 reverse complement) of 300-bp fragments starting every <paramref name="step"/>
    /// bases over each template, plus wild-type NTRK1 fragments, cut to <paramref name="readLength"/>; gzip FASTQ.
    /// </summary>
    public (string R1, string R2) WriteReads(string name, int readLength, int step = 3, int fragment = 300)
    {
        var r1 = Path.Combine(Dir, name + "_1.fq.gz");
        var r2 = Path.Combine(Dir, name + "_2.fq.gz");
        using var w1 = new StreamWriter(new GZipStream(File.Create(r1), CompressionLevel.Fastest));
        using var w2 = new StreamWriter(new GZipStream(File.Create(r2), CompressionLevel.Fastest));
        var n = 0;
        foreach (var (template, junction) in new[] { (Tpm3Template, Tpm3Partner.Length), (LmnaTemplate, LmnaPartner.Length), (Mrna, -1) })
        {
            var first = junction < 0 ? 0 : Math.Max(0, junction - fragment + 20);
            var last = junction < 0 ? template.Length - fragment : Math.Min(template.Length - fragment, junction - 20);
            for (var s = first; s <= last; s += junction < 0 ? step * 4 : step)
            {
                var f = template.Substring(s, fragment);
                var q = new string('I', readLength);
                n++;
                w1.Write($"@p{n}/1\n{f[..readLength]}\n+\n{q}\n");
                w2.Write($"@p{n}/2\n{Dna.ReverseComplement(f[^readLength..])}\n+\n{q}\n");
            }
        }

        return (r1, r2);
    }

    private static string BuildGtf(string mrna, int exon10Offset)
    {
        // Transcript offsets of each exon start: walk from exon 10 with GeneFuse's exon lengths.
        var starts = new int[Exons.Length];
        starts[9] = exon10Offset;
        for (var i = 8; i >= 1; i--)
        {
            starts[i] = starts[i + 1] - Length(i);
        }

        for (var i = 10; i < Exons.Length; i++)
        {
            starts[i] = starts[i - 1] + Length(i - 1);
        }

        if (starts[1] <= 0 || starts[^1] >= mrna.Length)
        {
            throw new InvalidOperationException("GeneFuse NTRK1 exons do not fit NM_002529.3");
        }

        var ends = Enumerable.Range(0, Exons.Length).Select(i => i + 1 < Exons.Length ? starts[i + 1] : mrna.Length).ToArray();
        var genomic = Exons.Select((e, i) => i == 0 ? (e.End - (ends[0] - 1), e.End) : i == Exons.Length - 1 ? (e.Start, e.Start + (ends[i] - starts[i]) - 1) : (e.Start, e.End)).ToArray();
        var (cdsStart, cdsEnd) = LongestOrf(mrna);
        var sb = new StringBuilder();
        const string gene = "gene_id \"ENSG00000198400\"; gene_name \"NTRK1\"; gene_biotype \"protein_coding\";";
        const string tx = gene + " transcript_id \"NM_002529\"; transcript_version \"3\"; transcript_biotype \"protein_coding\"; tag \"Ensembl_canonical\";";
        sb.Append($"1\ttest\tgene\t{genomic[0].Item1}\t{genomic[^1].Item2}\t.\t+\t.\t{gene}\n");
        sb.Append($"1\ttest\ttranscript\t{genomic[0].Item1}\t{genomic[^1].Item2}\t.\t+\t.\t{tx}\n");
        for (var i = 0; i < Exons.Length; i++)
        {
            sb.Append($"1\ttest\texon\t{genomic[i].Item1}\t{genomic[i].Item2}\t.\t+\t.\t{tx} exon_number \"{i + 1}\";\n");
            var lo = Math.Max(cdsStart, i == 0 ? 0 : starts[i]);
            var hi = Math.Min(cdsEnd, ends[i]);
            if (lo < hi)
            {
                var g0 = genomic[i].Item1 + (lo - (i == 0 ? 0 : starts[i]));
                sb.Append($"1\ttest\tCDS\t{g0}\t{g0 + (hi - lo) - 1}\t.\t+\t.\t{tx} exon_number \"{i + 1}\";\n");
            }
        }

        return sb.ToString();

        static int Length(int i) => Exons[i].End - Exons[i].Start + 1;
    }

    /// <summary>Longest ATG..stop ORF of the mRNA: [start, end) without the stop codon (Ensembl GTF CDS convention).</summary>
    private static (int Start, int End) LongestOrf(string mrna)
    {
        var best = (0, 0);
        for (var s = 0; s + 3 <= mrna.Length; s++)
        {
            if (mrna.AsSpan(s, 3) is not "ATG")
            {
                continue;
            }

            for (var p = s; p + 3 <= mrna.Length; p += 3)
            {
                var codon = mrna.Substring(p, 3);
                if (codon is "TAA" or "TAG" or "TGA")
                {
                    if (p - s > best.Item2 - best.Item1)
                    {
                        best = (s, p);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The longest gap-free partner side before Arriba's "|" over the three SeraSeq libraries, and the 3' side after it.</summary>
    private static (string FivePrime, string ThreePrime) ArribaTranscript(string gene1)
    {
        (string, string)? best = null;
        foreach (var library in new[] { "MDL_163_SeraSeqFusion_1", "MDL_163_SeraSeqFusion_2", "MDL_163_SeraSeqFusion_3" })
        {
            var path = TestPaths.SharedFile("seracare_seraseq_v4_truth_and_calls", library + ".arriba.fusions.tsv.gz");
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            var header = reader.ReadLine()!.TrimStart('#').Split('\t');
            var col = Array.IndexOf(header, "fusion_transcript");
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split('\t');
                if (f[0] != gene1 || f[1] != "NTRK1")
                {
                    continue;
                }

                var parts = f[col].Split('|');
                var five = parts[0].Split("...")[^1].Replace("___", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                var three = parts[1].Split("...")[0].Replace("___", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                if (best is not { } b || five.Length > b.Item1.Length)
                {
                    best = (five, three);
                }
            }
        }

        return best ?? throw new InvalidOperationException($"{gene1}::NTRK1 not in the SeraSeq Arriba calls");
    }

    private static string ReadFasta(string path) =>
        string.Concat(File.ReadLines(path).Where(l => !l.StartsWith('>')).Select(l => l.Trim().ToUpperInvariant()));
}
