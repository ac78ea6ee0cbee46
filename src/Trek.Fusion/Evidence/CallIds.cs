using System.Globalization;
using System.Text;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Evidence;

/// <summary>
/// The evidence contract's call id: 3-digit 1-based rank, `_`, 5' gene, `--`, 3' gene, an unknown partner written
/// `unknown` (e.g. `001_ETV6--NTRK3`, `004_unknown--ALK`). Characters a file name cannot safely hold become `_`.
/// </summary>
public static class CallIds
{
    public static string Of(int rank, FusionCall call) =>
        string.Create(CultureInfo.InvariantCulture, $"{rank:D3}_{Safe(call.Gene1?.Name ?? "unknown")}--{Safe(call.Gene2.Name)}");

    private static string Safe(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            b.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return b.ToString();
    }
}
