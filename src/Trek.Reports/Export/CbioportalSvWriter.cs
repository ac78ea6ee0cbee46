using System.Globalization;
using Trek.Fusion.Calling;
using Trek.Reports.Fusions;

namespace Trek.Reports.Export;

/// <summary>
/// cBioPortal structural-variant file (data_sv.txt; cBioPortal File Formats, "Structural Variant Data"): one row per
/// call with the required Sample_Id and SV_Status, both sites (gene, Ensembl transcript, exon, chromosome, position),
/// frame effect, build, read counts and event text. Missing values are empty cells, as cBioPortal expects.
/// </summary>
public static class CbioportalSvWriter
{
    public static readonly string[] Columns =
    [
        "Sample_Id", "SV_Status", "Site1_Hugo_Symbol", "Site1_Ensembl_Transcript_Id", "Site1_Region_Number", "Site1_Region", "Site1_Chromosome",
        "Site1_Position", "Site2_Hugo_Symbol", "Site2_Ensembl_Transcript_Id", "Site2_Region_Number", "Site2_Region", "Site2_Chromosome", "Site2_Position",
        "Site2_Effect_On_Frame", "NCBI_Build", "Class", "Tumor_Split_Read_Count", "Tumor_Paired_End_Read_Count", "Event_Info", "Comments",
    ];

    public static void Write(TextWriter w, FusionTable table, string sample, string build)
    {
        WriteHeader(w);
        WriteRows(w, table, sample, build);
    }

    /// <summary>The header line; with <see cref="WriteRows"/> per sample, one data_sv.txt for a study of many samples (the registry's export).</summary>
    public static void WriteHeader(TextWriter w)
    {
        w.Write(string.Join('\t', Columns));
        w.Write('\n');
    }

    /// <summary>One row per call of <paramref name="table"/>; a call's own sample column wins over <paramref name="sample"/>.</summary>
    public static void WriteRows(TextWriter w, FusionTable table, string sample, string build)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var c in table.Calls)
        {
            string[] row =
            [
                c.Sample ?? sample, "SOMATIC", c.Gene1 ?? "", c.Transcript1 ?? "", c.Exon1?.ToString(inv) ?? "", c.Exon1 is null ? "" : "Exon",
                c.Breakpoint1?.Contig ?? "", c.Breakpoint1?.Position.ToString(inv) ?? "",
                c.Gene2, c.Transcript2 ?? "", c.Exon2?.ToString(inv) ?? "", c.Exon2 is null ? "" : "Exon",
                c.Breakpoint2?.Contig ?? "", c.Breakpoint2?.Position.ToString(inv) ?? "",
                c.ReadingFrame switch { ReadingFrame.InFrame => "in-frame", ReadingFrame.OutOfFrame => "frameshift", _ => "" },
                build, "FUSION", c.SplitReads.ToString(inv), c.SpanningPairs.ToString(inv),
                $"{(c.Gene1 ?? "unknown partner")}-{c.Gene2} fusion",
                $"Trek confidence {Fusion.Output.FusionFormat.Confidence(c.Confidence)}; {Nomenclature.ExonLevel(c)}",
            ];
            w.Write(string.Join('\t', row));
            w.Write('\n');
        }
    }
}
