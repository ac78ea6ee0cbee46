using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trek.Core;

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

    public double? Number(string key) => Get(key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw Wrong(key, "a number"),
    };

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
            JsonObject o when o["name"] is JsonValue n => n.ToString(),
            _ => throw Wrong($"{key}[{i}]", "a string or an object with a name"),
        }).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => throw Wrong(key, "a list of strings"),
    };

    private JsonNode? Get(string key) => node.TryGetPropertyValue(key, out var value) ? value : null;

    private InputException Wrong(string key, string what) => InputException.At(source, null, $"{path}{key} must be {what}");
}
