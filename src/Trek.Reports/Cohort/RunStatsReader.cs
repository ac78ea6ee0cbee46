using System.Text.Json;
using Trek.Core;
using Trek.IO;

namespace Trek.Reports.Cohort;

/// <summary>
/// Reads a `--stats` JSON strictly: within schema trek.fusions.stats/1 the key set is fixed, so an unknown,
/// misspelt or missing key, a null where a number belongs, or another schema version is refused with the file
/// and the JSON path, never guessed around.
/// </summary>
public static class RunStatsReader
{
    public const string Schema = "trek.fusions.stats/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
    };

    public static RunStats Read(string path)
    {
        RunStats? stats;
        using (var stream = InputFile.OpenRead(path))
        {
            try
            {
                stats = JsonSerializer.Deserialize<RunStats>(stream, Options);
            }
            catch (JsonException ex)
            {
                var where = ex.Path is { } p ? $" at {p}" : string.Empty;
                throw InputException.At(path, ex.LineNumber is { } l ? l + 1 : null, $"not a {Schema} document{where}: {FirstLine(ex.Message)}", ex);
            }
        }

        if (stats is null)
        {
            throw InputException.At(path, null, $"not a {Schema} document: null");
        }

        if (stats.Schema != Schema)
        {
            throw InputException.At(path, null, $"schema is '{stats.Schema}'; this Trek reads {Schema}");
        }

        if (stats.PairsOnIndex > stats.PairsRead || stats.PairsRead < 0 || stats.PairsOnIndex < 0 || stats.DuplicateFragments < 0)
        {
            throw InputException.At(path, null, $"impossible counts: pairs_read={stats.PairsRead} pairs_on_index={stats.PairsOnIndex} duplicate_fragments={stats.DuplicateFragments}");
        }

        return stats;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
