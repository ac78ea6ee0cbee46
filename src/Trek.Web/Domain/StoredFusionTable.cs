using Trek.Reports.Fusions;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>A stored fusions.tsv read back by the one reader (<see cref="FusionTableReader"/>), which takes a path: the bytes go to a private temporary file, named in messages by the uploaded name.</summary>
public static class StoredFusionTable
{
    public static async Task<FusionTable> ReadAsync(FusionUpload upload, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-stored-{Guid.NewGuid():N}.tsv");
        try
        {
            await File.WriteAllBytesAsync(path, upload.Content, ct);
            return FusionTableReader.Read(path, upload.FileName, Import.FusionImporter.MaxCalls);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
