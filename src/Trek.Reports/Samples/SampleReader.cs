using System.Globalization;
using Trek.Clinical.TestRoute;
using Trek.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trek.Reports.Samples;

/// <summary>
/// Reads the report's sample YAML (keys in docs/report.md). Unknown keys are refused (a misspelt `tumour_tpye` must
/// not silently drop the tumour type); dates are ISO yyyy-MM-dd; tumour content is a percentage 0-100.
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
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m
                : throw InputException.At(path, null, "a sample file must be a YAML mapping of key: value");
        }
        catch (YamlException ex)
        {
            throw InputException.At(path, ex.Start.Line, $"not valid YAML: {ex.Message.Split('\n')[0]}");
        }

        var values = Flatten(path, root, Keys, "");
        var prior = values.TryGetValue("prior_tests", out var p) ? p.Node : null;
        return new SampleInfo
        {
            PatientId = Text(values, "patient_id"),
            PatientName = Text(values, "patient_name"),
            BirthDate = Date(path, values, "birth_date"),
            Sex = Choice(path, values, "sex", ["female", "male", "other", "unknown"]),
            SpecimenId = Text(values, "specimen_id"),
            SpecimenType = Text(values, "specimen_type"),
            TumourType = Text(values, "tumour_type"),
            TumourClass = Choice(path, values, "tumour_class", ["solid", "haematological"]) switch
            {
                "solid" => TumourClass.Solid,
                "haematological" => TumourClass.Haematological,
                _ => TumourClass.Unknown,
            },
            TumourContentPercent = Percent(path, values),
            NucleicAcid = Text(values, "nucleic_acid"),
            CollectionDate = Date(path, values, "collection_date"),
            AgeGroup = Choice(path, values, "age_group", ["paediatric", "adult"]) switch
            {
                "paediatric" => Clinical.TestRoute.AgeGroup.Paediatric,
                "adult" => Clinical.TestRoute.AgeGroup.Adult,
                _ => null,
            },
            OrderingPhysician = Text(values, "ordering_physician"),
            PriorTests = prior is null ? new TestResults() : PriorTests(path, prior),
        };
    }

    private static TestResults PriorTests(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw InputException.At(path, node.Start.Line, "prior_tests must be a mapping, e.g. `ihc: positive`");
        }

        var v = Flatten(path, map, PriorTestKeys, "prior_tests.");
        AssayResult Result(string key, bool weak) =>
            Choice(path, v, key, weak ? ["not-done", "positive", "weak", "negative", "failed"] : ["not-done", "positive", "negative", "failed"]) switch
            {
                "positive" => AssayResult.Positive,
                "weak" => AssayResult.Weak,
                "negative" => AssayResult.Negative,
                "failed" => AssayResult.Failed,
                _ => AssayResult.NotDone,
            };
        return new TestResults(Ihc: Result("ihc", true), Fish: Result("fish", false), RtPcr: Result("rt_pcr", false), DnaNgs: Result("dna_ngs", false));
    }

    private static Dictionary<string, (YamlNode Node, string Key)> Flatten(string path, YamlMappingNode map, string[] keys, string prefix)
    {
        var values = new Dictionary<string, (YamlNode, string)>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(key))
            {
                throw InputException.At(path, k.Start.Line, $"unknown key '{prefix}{key}' (keys: {string.Join(", ", keys)})");
            }

            if (!values.TryAdd(key, (v, prefix + key)))
            {
                throw InputException.At(path, k.Start.Line, $"key '{prefix}{key}' appears twice");
            }
        }

        return values;
    }

    private static string? Text(Dictionary<string, (YamlNode Node, string Key)> values, string key) =>
        values.TryGetValue(key, out var e) && e.Node is YamlScalarNode { Value: { Length: > 0 } s } && s is not "~" and not "null" ? s.Trim() : null;

    private static string? Choice(string path, Dictionary<string, (YamlNode Node, string Key)> values, string key, string[] allowed)
    {
        var v = Text(values, key)?.ToLowerInvariant();
        return v is null || allowed.Contains(v)
            ? v
            : throw InputException.At(path, values[key].Node.Start.Line, $"{values[key].Key} = '{v}': use one of {string.Join(", ", allowed)}");
    }

    private static DateOnly? Date(string path, Dictionary<string, (YamlNode Node, string Key)> values, string key)
    {
        var v = Text(values, key);
        return v is null ? null
            : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw InputException.At(path, values[key].Node.Start.Line, $"{key} = '{v}': write dates as yyyy-MM-dd");
    }

    /// <summary>A number 0-100 or the same with a trailing %; a fraction such as 0.4 is refused because 0.4 % and 40 % cannot be told apart.</summary>
    private static double? Percent(string path, Dictionary<string, (YamlNode Node, string Key)> values)
    {
        const string key = "tumour_content_percent";
        var v = Text(values, key);
        if (v is null)
        {
            return null;
        }

        var line = values[key].Node.Start.Line;
        var number = v.EndsWith('%') ? v[..^1].Trim() : v;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pct) || pct > 100)
        {
            throw InputException.At(path, line, $"{key} = '{v}': give a percentage from 0 to 100 with a decimal point (e.g. 40 or 40%)");
        }

        return pct is > 0 and < 1
            ? throw InputException.At(path, line, $"{key} = '{v}': looks like a fraction; give the percentage (e.g. 40 for 40 %)")
            : pct;
    }
}
