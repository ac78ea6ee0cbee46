using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trek.Clinical.TestRoute;
using Trek.Core;
using Trek.IO.Structured;

namespace Trek.Reports.Samples;

/// <summary>
/// Reads the report's sample file (YAML or JSON, keys in docs/report.md) through the shared bounded reader
/// (<see cref="StructuredTextReader"/>: size and depth limits, duplicate keys refused). Unknown keys are refused (a
/// misspelt `tumour_tpye` must not silently drop the tumour type); the tumour type is resolved in `trek test-route`'s
/// vocabulary (<see cref="TumourVocabulary"/>), so the report and the next-test advice name the same tumour; dates are
/// ISO yyyy-MM-dd; tumour content is a percentage 0-100.
/// </summary>
public static class SampleReader
{
    private static readonly string[] Keys =
    [
        "patient_id", "patient_name", "birth_date", "sex", "specimen_id", "specimen_type", "tumour_type", "tumour_class",
        "tumour_content_percent", "nucleic_acid", "collection_date", "age_group", "ordering_physician", "prior_tests",
    ];

    private static readonly string[] PriorTestKeys = ["ihc", "fish", "rt_pcr", "dna_ngs"];

    public static SampleInfo Read(string path)
    {
        JsonNode? root;
        using (var stream = File.OpenRead(path))
        {
            root = StructuredTextReader.Read(stream, path);
        }

        if (root is not JsonObject o)
        {
            throw InputException.At(path, null, "a sample file must be a mapping of key: value");
        }

        var f = new Fields(path, o, Keys, "");
        var tumour = f.Text("tumour_type") is { } t ? Tumour(path, t) : null;
        var declared = f.Choice("tumour_class", ["solid", "haematological"]) switch
        {
            "solid" => TumourClass.Solid,
            "haematological" => TumourClass.Haematological,
            _ => TumourClass.Unknown,
        };
        if (declared == TumourClass.Haematological && tumour is not null)
        {
            // Every entry of the vocabulary is a solid tumour (OncoTree solid-tumour codes), so the pair contradicts itself.
            throw InputException.At(path, null, $"tumour_class = haematological but tumour_type '{tumour.Name}' ({tumour.Code}) is a solid tumour");
        }

        return new SampleInfo
        {
            PatientId = f.Text("patient_id"),
            PatientName = f.Text("patient_name"),
            BirthDate = f.Date("birth_date"),
            Sex = f.Choice("sex", ["female", "male", "other", "unknown"]),
            SpecimenId = f.Text("specimen_id"),
            SpecimenType = f.Text("specimen_type"),
            TumourType = tumour,
            TumourClass = declared,
            TumourContentPercent = f.Percent("tumour_content_percent"),
            NucleicAcid = f.Text("nucleic_acid"),
            CollectionDate = f.Date("collection_date"),
            AgeGroup = f.Choice("age_group", ["paediatric", "adult"]) switch
            {
                "paediatric" => AgeGroup.Paediatric,
                "adult" => AgeGroup.Adult,
                _ => null,
            },
            OrderingPhysician = f.Text("ordering_physician"),
            PriorTests = o["prior_tests"] is { } prior ? PriorTests(path, prior) : new TestResults(),
        };
    }

    private static TumourType Tumour(string path, string text)
    {
        try
        {
            return TumourVocabulary.Resolve(text);
        }
        catch (InputException ex)
        {
            throw InputException.At(path, null, $"tumour_type: {ex.Message}");
        }
    }

    private static TestResults PriorTests(string path, JsonNode node)
    {
        if (node is not JsonObject map)
        {
            throw InputException.At(path, null, "prior_tests must be a mapping, e.g. `ihc: positive`");
        }

        var f = new Fields(path, map, PriorTestKeys, "prior_tests.");
        AssayResult Result(string key, bool weak) =>
            f.Choice(key, weak ? ["not-done", "positive", "weak", "negative", "failed"] : ["not-done", "positive", "negative", "failed"]) switch
            {
                "positive" => AssayResult.Positive,
                "weak" => AssayResult.Weak,
                "negative" => AssayResult.Negative,
                "failed" => AssayResult.Failed,
                _ => AssayResult.NotDone,
            };
        return new TestResults(Ihc: Result("ihc", true), Fish: Result("fish", false), RtPcr: Result("rt_pcr", false), DnaNgs: Result("dna_ngs", false));
    }

    /// <summary>Typed access to one mapping; every refusal names the file and the key path.</summary>
    private sealed class Fields
    {
        private readonly string _path;
        private readonly JsonObject _node;
        private readonly string _prefix;

        public Fields(string path, JsonObject node, string[] keys, string prefix)
        {
            (_path, _node, _prefix) = (path, node, prefix);
            foreach (var (key, _) in node)
            {
                if (!keys.Contains(key))
                {
                    throw InputException.At(path, null, $"unknown key '{prefix}{key}' (keys: {string.Join(", ", keys)})");
                }
            }
        }

        public string? Text(string key) => _node[key] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim() is { Length: > 0 } s ? s : null,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
            _ => throw InputException.At(_path, null, $"{_prefix}{key} must be a single value"),
        };

        public string? Choice(string key, string[] allowed)
        {
            var v = Text(key)?.ToLowerInvariant();
            return v is null || allowed.Contains(v)
                ? v
                : throw InputException.At(_path, null, $"{_prefix}{key} = '{v}': use one of {string.Join(", ", allowed)}");
        }

        public DateOnly? Date(string key)
        {
            var v = Text(key);
            return v is null ? null
                : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw InputException.At(_path, null, $"{_prefix}{key} = '{v}': write dates as yyyy-MM-dd");
        }

        /// <summary>A number 0-100 or the same with a trailing %; a fraction such as 0.4 is refused because 0.4 % and 40 % cannot be told apart.</summary>
        public double? Percent(string key)
        {
            var v = Text(key);
            if (v is null)
            {
                return null;
            }

            var number = v.EndsWith('%') ? v[..^1].Trim() : v;
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pct) || pct > 100)
            {
                throw InputException.At(_path, null, $"{_prefix}{key} = '{v}': give a percentage from 0 to 100 with a decimal point (e.g. 40 or 40%)");
            }

            return pct is > 0 and < 1
                ? throw InputException.At(_path, null, $"{_prefix}{key} = '{v}': looks like a fraction; give the percentage (e.g. 40 for 40 %)")
                : pct;
        }
    }
}
