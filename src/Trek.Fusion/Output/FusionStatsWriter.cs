using System.Text.Json;
using Trek.Fusion.Calling;
using Trek.Fusion.Pipeline;

namespace Trek.Fusion.Output;

/// <summary>
/// `trek fusions --stats`: one JSON document per run (schema "trek.fusions.stats/1", the contract in
/// docs/fusion.md shared with the workflow, report and registry): counts a pipeline aggregates over
/// samples without parsing the TSV. Keys are fixed within /1; a new key means a new schema version.
/// </summary>
public static class FusionStatsWriter
{
    public const string Schema = "trek.fusions.stats/1";

    /// <param name="indexPath">The index directory as given.</param>
    /// <param name="indexSha256">SHA-256 (lower-case hex) of the index data file that was loaded.</param>
    public static void Write(Stream stream, FusionRunResult run, string indexPath, string indexSha256)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var p = run.Provenance;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("sample", p.Sample ?? FusionFormat.Missing);
        w.WriteString("trek_version", p.TrekVersion);
        w.WriteStartObject("index");
        w.WriteString("path", indexPath);
        w.WriteString("sha256", indexSha256);
        WriteNullable(w, "assembly", p.Index.Assembly);
        WriteNullable(w, "annotation", p.Index.Annotation);
        w.WriteEndObject();
        w.WriteNumber("pairs_read", p.Pairs);
        w.WriteNumber("pairs_on_index", p.PairsOnIndex);
        w.WriteNumber("duplicate_fragments", run.DuplicateFragments);
        w.WriteStartArray("stages");
        foreach (var s in run.Stages)
        {
            w.WriteStartObject();
            w.WriteString("stage", s.Stage);
            w.WriteNumber("remaining", s.Remaining);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("calls");
        foreach (var level in Enum.GetValues<Confidence>())
        {
            w.WriteNumber(FusionFormat.Confidence(level), run.Calls.Count(c => c.Confidence == level));
        }

        w.WriteEndObject();
        w.WriteNumber("discarded", run.Discarded.Count);
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
    }

    private static void WriteNullable(Utf8JsonWriter w, string key, string? value)
    {
        if (value is null)
        {
            w.WriteNull(key);
        }
        else
        {
            w.WriteString(key, value);
        }
    }
}
