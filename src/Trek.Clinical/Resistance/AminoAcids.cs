namespace Trek.Clinical.Resistance;

/// <summary>IUPAC-IUBMB one- and three-letter amino-acid codes, as used by HGVS protein nomenclature.</summary>
public static class AminoAcids
{
    private static readonly Dictionary<string, char> ThreeToOne = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
    };

    private const string OneLetter = "ARNDCQEGHILKMFPSTWYV*";

    /// <summary>One-letter code for "G", "Gly" or "*"/"Ter"; null when the text is no amino acid.</summary>
    public static char? ToOneLetter(string code)
    {
        if (code.Length == 1)
        {
            var c = char.ToUpperInvariant(code[0]);
            return OneLetter.Contains(c) ? c : null;
        }

        return code.Length == 3 && ThreeToOne.TryGetValue(code, out var one) ? one : null;
    }
}
