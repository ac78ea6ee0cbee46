namespace Trek.Fusion.Index;

/// <summary>
/// The genome assembly and annotation release a GTF header states, read only from what it says
/// (Ensembl: `#!genome-version`, `#!genome-build`, `#!genebuild-last-updated`; GENCODE: `##provider`,
/// `##description`). Nothing is guessed from file names: a GTF that says nothing gives null, and the
/// outputs then show the assembly as unknown.
/// </summary>
public static class AnnotationRelease
{
    public static (string? Assembly, string? Annotation) Of(IReadOnlyList<KeyValuePair<string, string>> header)
    {
        string? Get(string key) => header.FirstOrDefault(kv => kv.Key == key).Value is { Length: > 0 } v ? v : null;

        var assembly = Get("genome-version") ?? Get("genome-build");
        var description = Get("description");
        if (assembly is null && description is not null)
        {
            // GENCODE: "evidence-based annotation of the human genome (GRCh38), version 44 (Ensembl 110)".
            var open = description.IndexOf("(GRC", StringComparison.Ordinal);
            var close = open < 0 ? -1 : description.IndexOf(')', open);
            assembly = close > open ? description[(open + 1)..close] : null;
        }

        string? annotation = null;
        if (Get("genebuild-last-updated") is { } updated)
        {
            annotation = $"Ensembl genebuild {updated}";
        }
        else if (description is not null)
        {
            annotation = Get("provider") is { } provider ? $"{provider}: {description}" : description;
        }

        return (assembly, annotation);
    }
}
