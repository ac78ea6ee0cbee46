using Trek.Clinical.Rules;
using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Off-target (bypass) resistance to TRK inhibitors: MAPK pathway activation by BRAF V600E, KRAS G12/G13
/// mutations or MET amplification (Cocco et al., Nat Med 2019). Hotspot reference residues are checked.
/// </summary>
internal static class OffTargetTable
{
    private sealed record Hotspot(string Gene, string Isoform, int Position, char Reference);

    private static readonly Hotspot[] Hotspots =
    [
        new("BRAF", "NP_004324.2 (BRAF, 766 aa)", 600, 'V'),
        new("KRAS", "NP_004976.2 (KRAS isoform b, 188 aa)", 12, 'G'),
        new("KRAS", "NP_004976.2 (KRAS isoform b, 188 aa)", 13, 'G'),
    ];

    public static ResistanceCall Interpret(ProteinChange change)
    {
        if (change.Kind == ChangeKind.Amplification)
        {
            if (change.Gene == "MET")
            {
                return Bypass(change, "none (copy-number change)", "MET amplification");
            }

            return Unknown(change, "none (copy-number change)", $"{change.Gene} amplification is not in Trek's table of TRK-inhibitor bypass mechanisms.");
        }

        var hotspot = Hotspots.FirstOrDefault(h => h.Gene == change.Gene && h.Position == change.Position);
        if (hotspot is not null && change.Kind is ChangeKind.Substitution or ChangeKind.Synonymous)
        {
            if (hotspot.Reference != change.Reference)
            {
                throw new InputException($"'{change.Input}': residue {hotspot.Position} of {change.Gene} is {hotspot.Reference}, not {change.Reference} (reference {hotspot.Isoform})");
            }

            if (change.Kind == ChangeKind.Substitution)
            {
                return Bypass(change, hotspot.Isoform, $"{change.Gene} {change.Reference}{change.Position}{change.Alternate}");
            }
        }

        var isoform = Hotspots.FirstOrDefault(h => h.Gene == change.Gene)?.Isoform ?? "none (Trek holds no sequence for this gene; reference residue not validated)";
        return Unknown(change, isoform, $"{change.Gene} {change.Hgvsp} is not in Trek's table of TRK-inhibitor resistance mechanisms.");
    }

    private static ResistanceCall Bypass(ProteinChange change, string isoform, string what)
    {
        var rules = new List<AppliedRule>
        {
            new($"{what} activates the MAPK pathway independently of TRK: off-target (bypass) resistance", Sources.Cocco2019),
            new("Bypass resistance is not overcome by next-generation TRK inhibitors alone; combined TRK and MEK inhibition was active in models", Sources.Cocco2019),
        };
        return new ResistanceCall(change.Input, change.Gene, change.Hgvsp, change.Position, null, change.Reference?.ToString(), change.Alternate?.ToString(),
            isoform, null, change.Kind == ChangeKind.Substitution, MutationClass.OffTarget, "off_target", false, null, null,
            $"Off-target bypass ({what}): a next-generation TRK inhibitor alone is not expected to help; consider targeting the bypass pathway (e.g. TRK plus MEK inhibition).", rules);
    }

    private static ResistanceCall Unknown(ProteinChange change, string isoform, string text) =>
        new(change.Input, change.Gene, change.Hgvsp, change.Position, null, change.Reference?.ToString(), change.Alternate?.ToString(),
            isoform, null, false, ResistanceInterpreter.ClassOfKind(change.Kind), "unknown", null, null, null, text, []);
}
