using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Output;
using Trek.Reports.Fusions;
using Trek.Web.Data;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;

namespace Trek.Web.Import;

/// <summary>
/// Imports a `trek fusions` TSV for one sample: streamed to a temporary file (size-limited, sniffed), read by
/// the one fusions.tsv reader (<see cref="FusionTableReader"/>, errors naming the uploaded file), and stored in
/// one transaction: the file itself (for the report) and its calls, replacing the sample's earlier calls (the
/// audit log keeps the old rows).
/// </summary>
public sealed class FusionImporter(RegistryDbContext db, RegistrySettings settings)
{
    /// <summary>One sample's calls: more rows than this is not a single-sample fusions.tsv.</summary>
    public const int MaxCalls = 10_000;

    public async Task<FusionImport> ImportAsync(long sampleId, Stream body, string? fileName, CancellationToken ct = default)
    {
        var sample = await db.Samples.FindAsync([sampleId], ct) ?? throw new KeyNotFoundException($"sample {sampleId}");
        var path = await UploadSniffer.CopyTextAsync(body, settings.MaxUploadBytes, FirstLineProblem, "file", ct);
        try
        {
            var source = Path.GetFileName(fileName ?? "upload.tsv");
            FusionTable table;
            try
            {
                table = FusionTableReader.Read(path, source, MaxCalls);
            }
            catch (InputException ex)
            {
                throw RegistryValidationException.For("file", ex.Message);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.FusionCalls.RemoveRange(await db.FusionCalls.Where(f => f.SampleId == sample.Id).ToListAsync(ct));
            var upload = new FusionUpload { SampleId = sample.Id, FileName = source, UploadedAt = DateTimeOffset.UtcNow, Content = await File.ReadAllBytesAsync(path, ct) };
            db.FusionUploads.Add(upload);
            var calls = table.Calls.Select(r => Record(sample.Id, r, source)).ToList();
            db.FusionCalls.AddRange(calls);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new FusionImport(upload, calls);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The columns the registry lists, in the file's own notation (FusionFormat, as `trek fusions` wrote them; the name as its `fusion` column, `.::GENE` when the 5' partner is unknown).</summary>
    private static FusionCallRecord Record(long sampleId, FusionRecord r, string source) => new()
    {
        SampleId = sampleId,
        Gene1 = r.Gene1 ?? FusionFormat.Missing,
        Gene2 = r.Gene2,
        Fusion = FusionName.Of(r.Gene1, r.Gene2),
        Breakpoint1 = Breakpoint(r.Breakpoint1),
        Breakpoint2 = Breakpoint(r.Breakpoint2),
        ReadingFrame = FusionFormat.Frame(r.ReadingFrame),
        KinaseDomainRetained = FusionFormat.Domain(r.KinaseDomainRetained),
        Confidence = FusionFormat.Confidence(r.Confidence),
        SplitReads = checked((int)r.SplitReads),
        SpanningPairs = checked((int)r.SpanningPairs),
        SourceFile = source,
    };

    private static string Breakpoint(GenomicPosition? p) =>
        p is { } g ? string.Create(CultureInfo.InvariantCulture, $"{g.Contig}:{g.Position}:{Strands.Symbol(g.Strand)}") : FusionFormat.Missing;

    /// <summary>A fusions.tsv starts with `##` provenance or the `#gene1` header line.</summary>
    private static string? FirstLineProblem(string line) =>
        line.StartsWith("##", StringComparison.Ordinal) || line.StartsWith("#gene1\t", StringComparison.Ordinal)
            ? null
            : "this is not a `trek fusions` TSV (it must start with ## provenance lines or the #gene1 header)";
}
