using Trek.Web.Data.Entities;

namespace Trek.Web.Import;

/// <summary>What one fusions.tsv import stored: the file (FusionUploads) and its calls.</summary>
public sealed record FusionImport(FusionUpload Upload, IReadOnlyList<FusionCallRecord> Calls);
