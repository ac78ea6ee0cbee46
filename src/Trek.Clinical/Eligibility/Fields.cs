using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trek.Core;
using Trek.Core.Numbers;
using Trek.Core.Text;

namespace Trek.Clinical.Eligibility;

/// <summary>Typed access to one object of a patient record; a wrong type is an error naming the key path.</summary>
internal sealed class Fields(JsonObject node, string source, string path = "")
{
    public string Source => source;

    public IEnumerable<string> Keys => node.Select(kv => kv.Key);

    public string? String(string key) => Get(key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => throw Wrong(key, "a string"),
    };

    /// <summary>A number in Trek's one format (<see cref="StrictNumber"/>), written bare or quoted; "6,2", "1e308", ".nan" are refused.</summary>
    public double? Number(string key) => Get(key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Strict(key, v.ToJsonString()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Strict(key, v.GetValue<string>()),
        _ => throw Wrong(key, "a number"),
    };

    /// <summary>
    /// Refuses any key not in <paramref name="known"/>, naming it, the nearest known key and the full list: a
    /// misspelt key (birth_dat) must not be silently ignored and turn a criterion into "unknown".
    /// </summary>
    public void RequireOnly(params string[] known)
    {
        foreach (var key in Keys)
        {
            if (Array.IndexOf(known, key) < 0)
            {
                var nearest = known.OrderBy(k => EditDistance.Between(key, k)).First();
                var hint = EditDistance.Between(key, nearest) <= Math.Max(2, key.Length / 3) ? $" (did you mean {path}{nearest}?)" : "";
                throw InputException.At(source, null, $"unknown key '{path}{key}'{hint}; known keys{(path.Length > 0 ? $" in {path.TrimEnd('.')}" : "")}: {string.Join(", ", known)}");
            }
        }
    }

    private double Strict(string key, string text) =>
        StrictNumber.TryParse(text, out var value, out var problem) ? value : throw InputException.At(source, null, $"{path}{key}: {problem}");

    public bool? Bool(string key) => Get(key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Wrong(key, "true or false"),
    };

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Wrong(key, "a date written YYYY-MM-DD");
    }

    public Fields? Object(string key) => Get(key) switch
    {
        null => null,
        JsonObject o => new Fields(o, source, $"{path}{key}."),
        _ => throw Wrong(key, "an object"),
    };

    public IReadOnlyList<string>? StringList(string key) => Get(key) switch
    {
        null => null,
        JsonArray a => a.Select((item, i) => item switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonObject o when o.Count == 1 && o["name"] is JsonValue n => n.ToString(),
            _ => throw Wrong($"{key}[{i}]", "a string or an object with only a name"),
        }).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => throw Wrong(key, "a list of strings"),
    };

    private JsonNode? Get(string key) => node.TryGetPropertyValue(key, out var value) ? value : null;

    private InputException Wrong(string key, string what) => InputException.At(source, null, $"{path}{key} must be {what}");
}
