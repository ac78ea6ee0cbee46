using System.Reflection;
using Trek.Core;

namespace Trek.Clinical.TestRoute;

/// <summary>
/// The controlled tumour vocabulary of `trek test-route` (embedded Vocabulary/tumour_types.tsv, OncoTree
/// <see cref="OncoTreeVersion"/>). A name is accepted when it is a code, a name or a listed synonym after
/// <see cref="TumourNames.Normalise"/>; a name that means different tumours to different readers (MASC) is
/// refused with the candidates; anything else is refused with the nearest entries. Nothing falls into "other"
/// by not being recognised.
/// </summary>
public static class TumourVocabulary
{
    public const string OncoTreeVersion = "oncotree_2026_05_21";

    private static readonly Lazy<Loaded> Data = new(Load);

    public static IReadOnlyList<TumourType> All => Data.Value.Types;

    /// <summary>The tumour type <paramref name="text"/> names, or an <see cref="InputException"/> saying what to write instead.</summary>
    public static TumourType Resolve(string text)
    {
        var key = TumourNames.Normalise(text);
        if (key.Length == 0)
        {
            throw new InputException("--tumour is empty: give a tumour type (trek test-route --list-tumours lists them)");
        }

        var data = Data.Value;
        if (data.Ambiguous.TryGetValue(key, out var ambiguous))
        {
            var options = string.Join(" or ", ambiguous.Candidates.Select(c => $"'{data.ByCode[c].Name}' ({c})"));
            throw new InputException($"tumour '{text}' is ambiguous: {ambiguous.Why}; write {options}");
        }

        if (data.ByKey.TryGetValue(key, out var type))
        {
            return type;
        }

        var nearest = Nearest(key, data, 3);
        var hint = nearest.Count > 0 ? $"nearest: {string.Join("; ", nearest.Select(t => $"{t.Name} ({t.Code})"))}; " : "";
        throw new InputException($"unknown tumour type '{text}': {hint}trek test-route --list-tumours lists the {data.Types.Count} accepted types and their synonyms");
    }

    /// <summary>Entries ranked by the smallest edit distance of any of their keys, with substring matches first.</summary>
    private static List<TumourType> Nearest(string key, Loaded data, int count)
    {
        var limit = Math.Max(2, key.Length / 3);
        return data.ByKey
            .Select(kv => (Type: kv.Value, Score: kv.Key.Contains(key, StringComparison.Ordinal) || (key.Length >= 4 && key.Contains(kv.Key, StringComparison.Ordinal) && kv.Key.Length >= 4) ? 0 : TumourNames.Distance(key, kv.Key)))
            .Where(x => x.Score <= limit)
            .GroupBy(x => x.Type.Code)
            .Select(g => (g.First().Type, Score: g.Min(x => x.Score)))
            .OrderBy(x => x.Score).ThenBy(x => x.Type.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Type)
            .ToList();
    }

    private sealed record AmbiguousTerm(IReadOnlyList<string> Candidates, string Why);

    private sealed record Loaded(IReadOnlyList<TumourType> Types, IReadOnlyDictionary<string, TumourType> ByKey, IReadOnlyDictionary<string, TumourType> ByCode, IReadOnlyDictionary<string, AmbiguousTerm> Ambiguous);

    private static Loaded Load()
    {
        var types = new List<TumourType>();
        var byKey = new Dictionary<string, TumourType>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, TumourType>(StringComparer.Ordinal);
        foreach (var f in Rows("Trek.Clinical.TumourTypes.tsv", 6))
        {
            var group = f[2] switch
            {
                "high_recurrence" => TumourGroup.HighRecurrence,
                "physiological_trk" => TumourGroup.PhysiologicalTrk,
                "other" => TumourGroup.Other,
                _ => throw new InvalidOperationException($"tumour_types.tsv: {f[0]} has unknown route_class '{f[2]}'"),
            };
            var synonyms = f[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var type = new TumourType(f[0], f[1], group, f[4], f[5] == "oncotree", synonyms);
            types.Add(type);
            byCode.Add(type.Code, type);
            foreach (var name in synonyms.Prepend(type.Name).Prepend(type.Code))
            {
                var key = TumourNames.Normalise(name);
                if (byKey.TryGetValue(key, out var other) && other.Code != type.Code)
                {
                    // A defect in the embedded table, caught by the tests before any release.
                    throw new InvalidOperationException($"tumour_types.tsv: '{name}' names both {other.Code} and {type.Code}");
                }

                byKey[key] = type;
            }
        }

        var ambiguous = new Dictionary<string, AmbiguousTerm>(StringComparer.Ordinal);
        foreach (var f in Rows("Trek.Clinical.AmbiguousTumourTerms.tsv", 3))
        {
            var candidates = f[1].Split(';');
            if (candidates.Any(c => !byCode.ContainsKey(c)))
            {
                throw new InvalidOperationException($"ambiguous_terms.tsv: '{f[0]}' lists a code not in tumour_types.tsv");
            }

            ambiguous.Add(TumourNames.Normalise(f[0]), new AmbiguousTerm(candidates, f[2]));
        }

        return new Loaded(types, byKey, byCode, ambiguous);
    }

    private static IEnumerable<string[]> Rows(string resource, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from Trek.Clinical");
        using var reader = new StreamReader(stream);
        var header = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != columns)
            {
                throw new InvalidOperationException($"{resource}: expected {columns} columns, found {f.Length}: {line}");
            }

            yield return f;
        }
    }
}
