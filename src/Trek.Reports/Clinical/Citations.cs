using System.Reflection;
using System.Text;
using Trek.Clinical.Rules;

namespace Trek.Reports.Clinical;

/// <summary>
/// Numbered references for one text document (issue 16: "a citation once, referenced after"): each
/// source a rule cites becomes [n] where it is used, and the full citation is printed once, in the
/// order of first use, under "Sources". The citations are those of <see cref="Sources"/> (found inside
/// composite strings such as "A; B" or "A ('adequate organ function'); limits: B"); a source string
/// that contains none of them is itself one citation.
/// </summary>
public sealed class Citations
{
    /// <summary>Every citation constant of <see cref="Sources"/>, longest first so that no shorter one matches inside a longer one.</summary>
    private static readonly string[] Known = typeof(Sources).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderByDescending(s => s.Length)
        .ToArray();

    private readonly List<string> _list = [];

    /// <summary>The source with each citation replaced by its number, e.g. "[1]; [3]".</summary>
    public string Refer(string source)
    {
        var text = new StringBuilder();
        var found = false;
        for (var i = 0; i < source.Length;)
        {
            if (Known.FirstOrDefault(k => string.CompareOrdinal(source, i, k, 0, k.Length) == 0) is { } citation)
            {
                text.Append(Number(citation));
                i += citation.Length;
                found = true;
            }
            else
            {
                text.Append(source[i++]);
            }
        }

        return found ? text.ToString() : Number(source);
    }

    /// <summary>"Sources:" and each citation once, numbered; nothing when none was referred to.</summary>
    public void WriteList(TextWriter w)
    {
        if (_list.Count == 0)
        {
            return;
        }

        w.WriteLine("Sources:");
        for (var i = 0; i < _list.Count; i++)
        {
            w.WriteLine($"  [{i + 1}] {_list[i]}");
        }
    }

    private string Number(string citation)
    {
        var index = _list.IndexOf(citation);
        if (index < 0)
        {
            _list.Add(citation);
            index = _list.Count - 1;
        }

        return $"[{index + 1}]";
    }
}
