namespace Trek.Web.Data.Entities;

/// <summary>
/// A `trek fusions` TSV as it was uploaded for a sample, kept byte for byte so the clinical report
/// (Trek.Reports) can be built later from the file itself, not from the registry's subset of its columns.
/// The audit log records its SHA-256 and length, not the bytes (AuditSnapshot).
/// </summary>
public sealed class FusionUpload : RegistryEntity
{
    public long SampleId { get; set; }

    /// <summary>The name the uploader gave (file name only), for messages and the report; never used as a path.</summary>
    public required string FileName { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required byte[] Content { get; set; }
}
