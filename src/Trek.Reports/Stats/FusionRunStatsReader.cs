using System.Text.Json;
using Trek.Core;

namespace Trek.Reports.Stats;

/// <summary>
/// Reads `trek fusions --stats` JSON. Within schema /1 the key set is fixed (STATS.md), so an unknown or missing
/// key, a negative count or pairs_on_index above pairs_read is refused with one line.
/// </summary>
public static class FusionRunStatsReader
{
    public const string Schema = "trek.fusions.stats/1";

    private static readonly string[] Keys = ["schema", "sample", "trek_version", "index", "pairs_read", "pairs_on_index", "duplicate_fragments", "stages", "calls", "discarded"];

    public static FusionRunStats Read(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw InputException.At(path, ex.LineNumber + 1, $"not valid JSON: {ex.Message.Split('.')[0]}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            Exact(path, root, "", Keys);
            if (Text(path, root, "schema") != Schema)
            {
                throw InputException.At(path, null, $"schema '{Text(path, root, "schema")}': this Trek reads {Schema}");
            }

            var index = root.GetProperty("index");
            Exact(path, index, "index.", ["path", "sha256", "assembly", "annotation"]);
            var calls = root.GetProperty("calls");
            Exact(path, calls, "calls.", ["high", "medium", "low"]);
            var stages = new List<FilterStage>();
            foreach (var s in Array(path, root, "stages"))
            {
                Exact(path, s, "stages[].", ["stage", "remaining"]);
                stages.Add(new FilterStage(Text(path, s, "stage")!, Count(path, s, "remaining")));
            }

            var stats = new FusionRunStats(
                Text(path, root, "sample") is "." ? null : Text(path, root, "sample"), Text(path, root, "trek_version")!,
                Text(path, index, "path")!, Text(path, index, "sha256")!, Text(path, index, "assembly", nullable: true), Text(path, index, "annotation", nullable: true),
                Count(path, root, "pairs_read"), Count(path, root, "pairs_on_index"), Count(path, root, "duplicate_fragments"), stages,
                Count(path, calls, "high"), Count(path, calls, "medium"), Count(path, calls, "low"), Count(path, root, "discarded"));
            return stats.PairsOnIndex > stats.PairsRead || stats.DuplicateFragments > stats.PairsRead
                ? throw InputException.At(path, null, $"pairs_on_index ({stats.PairsOnIndex}) and duplicate_fragments ({stats.DuplicateFragments}) cannot exceed pairs_read ({stats.PairsRead})")
                : stats;
        }
    }

    private static void Exact(string path, JsonElement e, string prefix, string[] keys)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw InputException.At(path, null, $"{(prefix.Length == 0 ? "the document" : prefix.TrimEnd('.'))} must be a JSON object");
        }

        foreach (var p in e.EnumerateObject())
        {
            if (!keys.Contains(p.Name))
            {
                throw InputException.At(path, null, $"unknown key '{prefix}{p.Name}' in {Schema} (keys: {string.Join(", ", keys)})");
            }
        }

        foreach (var k in keys)
        {
            if (!e.TryGetProperty(k, out _))
            {
                throw InputException.At(path, null, $"missing key '{prefix}{k}'");
            }
        }
    }

    private static string? Text(string path, JsonElement e, string key, bool nullable = false)
    {
        var v = e.GetProperty(key);
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null when nullable => null,
            _ => throw InputException.At(path, null, $"'{key}' must be a string{(nullable ? " or null" : "")}"),
        };
    }

    private static long Count(string path, JsonElement e, string key) =>
        e.GetProperty(key) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) && n >= 0
            ? n
            : throw InputException.At(path, null, $"'{key}' must be a whole number >= 0");

    private static JsonElement.ArrayEnumerator Array(string path, JsonElement e, string key) =>
        e.GetProperty(key) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : throw InputException.At(path, null, $"'{key}' must be an array");
}
