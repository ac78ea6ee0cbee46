using System.Globalization;
using System.Text.RegularExpressions;
using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Parses "NTRK1 p.G667C", "NTRK1 G595R", "NTRK1:p.(Gly595Arg)" (HGVS protein, one- or three-letter codes),
/// nonsense (p.G595*, p.Gly595Ter), frameshift (p.G595fs, p.Gly595AlafsTer12), in-frame deletion (p.G595del,
/// p.G595_F600del), insertion, duplication and deletion-insertion (p.G595dup, p.G595_F596insW, p.G595_F596delinsW),
/// synonymous (p.G595=) and "MET amplification" (HGVS sequence variant nomenclature, protein level). Anything else is
/// refused. The legacy "X" for a stop is refused rather than guessed (X is also "any amino acid").
/// </summary>
public static partial class ProteinChangeParser
{
    [GeneratedRegex(@"^\s*(?<gene>[A-Za-z][A-Za-z0-9-]*)\s*[\s:]\s*(?<change>\S.*?)\s*$")]
    private static partial Regex GeneAndChange();

    [GeneratedRegex(@"^(?:p\.)?\(?(?<ref>[A-Z][a-z]{2}|[A-Z])(?<pos>\d+)(?<alt>[A-Z][a-z]{2}|[A-Z]|\*|=)\)?$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^(?:p\.)?\(?(?<ref>[A-Z][a-z]{2}|[A-Z])(?<pos>\d+)(?:[A-Z][a-z]{2}|[A-Z])?fs(?:\*|Ter)?(?:\d+|\?)?\)?$")]
    private static partial Regex Frameshift();

    [GeneratedRegex(@"^(?:p\.)?\(?(?<ref>[A-Z][a-z]{2}|[A-Z])(?<pos>\d+)(?:_(?<ref2>[A-Z][a-z]{2}|[A-Z])(?<pos2>\d+))?(?<op>delins|del|dup|ins)(?<seq>(?:[A-Z][a-z]{2}|[A-Z]|\*)*)\)?$")]
    private static partial Regex Indel();

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

        if (Frameshift().Match(change) is { Success: true } fs)
        {
            var (r, p) = Residue(fs, "ref", "pos", input, change);
            return new ProteinChange(input, gene, ChangeKind.Frameshift, r, p, null);
        }

        if (Indel().Match(change) is { Success: true } indel)
        {
            var (r, p) = Residue(indel, "ref", "pos", input, change);
            char? r2 = null;
            int? p2 = null;
            if (indel.Groups["pos2"].Success)
            {
                (r2, p2) = Residue(indel, "ref2", "pos2", input, change);
                if (p2 <= p)
                {
                    throw new InputException($"'{input}': the range in '{change}' must run from a lower to a higher position");
                }
            }

            var op = indel.Groups["op"].Value;
            var seq = indel.Groups["seq"].Value;
            if ((op is "ins" && (p2 is null || p2 != p + 1 || seq.Length == 0)) || (op is "delins" && seq.Length == 0) || (op is "del" or "dup" && seq.Length > 0))
            {
                throw new InputException($"'{input}': '{change}' is not valid HGVS (ins needs two adjacent residues and the inserted ones; delins the inserted ones; del and dup none)");
            }

            var kind = op == "del" ? ChangeKind.InFrameDeletion : ChangeKind.InFrameInsertion;
            return new ProteinChange(input, gene, kind, r, p, null, r2, p2, op, seq.Length == 0 ? null : seq);
        }

        var s = Substitution().Match(change);
        if (!s.Success)
        {
            var stopHint = change.EndsWith('X') ? " (for a stop codon write * or Ter, not X)" : "";
            throw new InputException($"'{input}': '{change}' is not a recognised protein change{stopHint}: give p.X123Y, p.X123*, p.X123fs, p.X123del, p.X123_Z128del, p.X123dup, p.X123_Z124insW, p.X123_Z124delinsW or p.X123=");
        }

        var (reference, position) = Residue(s, "ref", "pos", input, change);
        var altText = s.Groups["alt"].Value;
        var alternate = altText == "=" ? reference : AminoAcids.ToOneLetter(altText);
        if (alternate is null)
        {
            throw new InputException($"'{input}': unknown amino-acid code '{altText}' in '{change}'{(altText == "X" ? " (for a stop codon write * or Ter)" : "")}");
        }

        var changeKind = alternate == '*' ? ChangeKind.Nonsense : alternate == reference ? ChangeKind.Synonymous : ChangeKind.Substitution;
        return new ProteinChange(input, gene, changeKind, reference, position, alternate == reference ? '=' : alternate);
    }

    private static (char Residue, int Position) Residue(Match m, string residueGroup, string positionGroup, string input, string change)
    {
        var residue = AminoAcids.ToOneLetter(m.Groups[residueGroup].Value);
        if (residue is null or '*')
        {
            throw new InputException($"'{input}': unknown amino-acid code '{m.Groups[residueGroup].Value}' in '{change}'");
        }

        if (!int.TryParse(m.Groups[positionGroup].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
        {
            throw new InputException($"'{input}': residue position must be a whole number from 1");
        }

        return (residue.Value, position);
    }
}
