using System.Globalization;
using System.Text.RegularExpressions;
using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Parses "NTRK1 p.G667C", "NTRK1 G595R", "NTRK1:p.(Gly595Arg)" (HGVS protein, one- or three-letter codes)
/// and "MET amplification". Only single-residue substitutions are interpreted; anything else is refused.
/// </summary>
public static partial class ProteinChangeParser
{
    [GeneratedRegex(@"^\s*(?<gene>[A-Za-z][A-Za-z0-9-]*)\s*[\s:]\s*(?<change>\S.*?)\s*$")]
    private static partial Regex GeneAndChange();

    [GeneratedRegex(@"^(?:p\.)?\(?(?<ref>[A-Z][a-z]{2}|[A-Z])(?<pos>\d+)(?<alt>[A-Z][a-z]{2}|[A-Z]|\*)\)?$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^(?:amp|amplification|amplified|gain)$", RegexOptions.IgnoreCase)]
    private static partial Regex Amplification();

    public static ProteinChange Parse(string input)
    {
        var m = GeneAndChange().Match(input);
        if (!m.Success)
        {
            throw new InputException($"'{input}': expected GENE p.X123Y (e.g. \"NTRK1 p.G595R\" or \"NTRK1 p.Gly595Arg\") or GENE amplification");
        }

        return Parse(m.Groups["gene"].Value, m.Groups["change"].Value, input);
    }

    /// <summary>Gene and HGVS protein given separately, as in VCF annotations ("ENSP...:p.Gly595Arg" is accepted).</summary>
    public static ProteinChange Parse(string gene, string change, string input)
    {
        gene = gene.ToUpperInvariant();
        var colon = change.LastIndexOf(':');
        if (colon >= 0 && change.IndexOf("p.", StringComparison.Ordinal) > colon)
        {
            change = change[(colon + 1)..];
        }

        if (Amplification().IsMatch(change))
        {
            return new ProteinChange(input, gene, ChangeKind.Amplification, null, null, null);
        }

        var s = Substitution().Match(change);
        if (!s.Success)
        {
            throw new InputException($"'{input}': '{change}' is not a single-residue substitution (p.X123Y or p.Xaa123Yaa); only those are interpreted");
        }

        var reference = AminoAcids.ToOneLetter(s.Groups["ref"].Value);
        var alternate = AminoAcids.ToOneLetter(s.Groups["alt"].Value);
        if (reference is null || alternate is null)
        {
            throw new InputException($"'{input}': unknown amino-acid code in '{change}'");
        }

        if (!int.TryParse(s.Groups["pos"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
        {
            throw new InputException($"'{input}': residue position must be a whole number from 1");
        }

        return new ProteinChange(input, gene, ChangeKind.Substitution, reference, position, alternate);
    }
}
