using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;

namespace Trek.Web.Import;

/// <summary>
/// Imports a `trek fusions` TSV for one sample: streamed to a temporary file (size-limited, sniffed), read,
/// and stored in one transaction replacing the sample's earlier calls (the audit log keeps the old rows).
/// </summary>
public sealed class FusionImporter(RegistryDbContext db, RegistrySettings settings)
{
    public async Task<IReadOnlyList<FusionCallRecord>> ImportAsync(long sampleId, Stream body, string? fileName, CancellationToken ct = default)
    {
        var sample = await db.Samples.FindAsync([sampleId], ct) ?? throw new KeyNotFoundException($"sample {sampleId}");
        var path = await UploadSniffer.CopyTextAsync(body, settings.MaxUploadBytes, FirstLineProblem, "file", ct);
        try
        {
            var source = Path.GetFileName(fileName ?? "upload.tsv");
            var rows = FusionTsvRows.Read(path, source);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.FusionCalls.RemoveRange(await db.FusionCalls.Where(f => f.SampleId == sample.Id).ToListAsync(ct));
            var calls = rows.Select(r => new FusionCallRecord
            {
                SampleId = sample.Id, Gene1 = r.Gene1, Gene2 = r.Gene2, Fusion = r.Fusion, Breakpoint1 = r.Breakpoint1, Breakpoint2 = r.Breakpoint2,
                ReadingFrame = r.ReadingFrame, KinaseDomainRetained = r.KinaseDomainRetained, Confidence = r.Confidence,
                SplitReads = r.SplitReads, SpanningPairs = r.SpanningPairs, SourceFile = source,
            }).ToList();
            db.FusionCalls.AddRange(calls);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return calls;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A fusions.tsv starts with `##` provenance or the `#gene1` header line.</summary>
    private static string? FirstLineProblem(string line) =>
        line.StartsWith("##", StringComparison.Ordinal) || line.StartsWith("#gene1\t", StringComparison.Ordinal)
            ? null
            : "this is not a `trek fusions` TSV (it must start with ## provenance lines or the #gene1 header)";
}
