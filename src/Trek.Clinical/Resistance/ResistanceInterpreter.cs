using Trek.Clinical.Rules;
using Trek.Core;

namespace Trek.Clinical.Resistance;

/// <summary>
/// Validates a variant against the canonical protein, then classifies it: on-target TRK kinase changes by
/// position (solvent front, gatekeeper, xDFG, other kinase-domain residue) or off-target MAPK bypass.
/// A stated reference residue that is wrong is refused, naming the residue actually there.
/// </summary>
public static class ResistanceInterpreter
{
    /// <summary>838-aa literature numbering -> 822-aa NP_001018074.1, for the motif-anchored hotspots only.</summary>
    private static readonly Dictionary<int, int> Ntrk2Hotspots838To822 = new() { [633] = 617, [639] = 623, [709] = 693 };

    public static ResistanceCall Interpret(string input, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Isoform822) =>
        Interpret(ProteinChangeParser.Parse(input), ntrk2);

    public static ResistanceCall Interpret(ProteinChange change, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Isoform822)
    {
        var trk = TrkReference.ForGene(change.Gene);
        if (trk is not null)
        {
            return OnTarget(change, trk, ntrk2);
        }

        return OffTargetTable.Interpret(change);
    }

    private static ResistanceCall OnTarget(ProteinChange change, TrkProtein trk, Ntrk2Numbering ntrk2)
    {
        if (change.Kind == ChangeKind.Amplification)
        {
            return new ResistanceCall(change.Input, change.Gene, null, null, null, null, null, trk.Isoform, false, MutationClass.Unknown, "unknown", null, null,
                $"{change.Gene} amplification is not a described mechanism of resistance to TRK inhibitors.", []);
        }

        var written = change.Position!.Value;
        var position = MapNtrk2(change, trk, ntrk2, written);
        Validate(change, trk, position, written, ntrk2);

        var rules = new List<AppliedRule>
        {
            new($"Reference residue {change.Reference}{position} checked against {trk.Isoform}", Sources.Manning2002),
        };
        var cls = position == trk.SolventFront ? MutationClass.SolventFront
            : position == trk.Gatekeeper ? MutationClass.Gatekeeper
            : position == trk.Xdfg ? MutationClass.Xdfg
            : trk.InKinaseDomain(position) ? MutationClass.KinaseOther
            : MutationClass.Unknown;
        bool? type1 = cls switch
        {
            MutationClass.SolventFront or MutationClass.Gatekeeper => true,
            MutationClass.Xdfg => false,
            _ => null,
        };
        bool? type2 = cls == MutationClass.Xdfg ? true : null;
        var text = Explain(cls, trk, position, rules);
        if (change.Reference == change.Alternate)
        {
            cls = MutationClass.Unknown;
            type1 = null;
            type2 = null;
            text = "No amino-acid change (synonymous): not a resistance mutation.";
        }

        return new ResistanceCall(change.Input, change.Gene, $"p.{change.Reference}{position}{change.Alternate}", position,
            written != position ? written : null, change.Reference.ToString(), change.Alternate.ToString(), trk.Isoform, true,
            cls, cls == MutationClass.Unknown ? "unknown" : "on_target", type1, type2, text, rules);
    }

    private static string Explain(MutationClass cls, TrkProtein trk, int position, List<AppliedRule> rules)
    {
        switch (cls)
        {
            case MutationClass.SolventFront:
                rules.Add(new AppliedRule($"{trk.Protein} {trk.ResidueAt(position)}{position} is the solvent-front glycine (HGDLN motif)", Sources.Drilon2017));
                rules.Add(new AppliedRule("Type I next-generation TRK inhibitors (selitrectinib, repotrectinib) retain activity against solvent-front substitutions", Sources.Drilon2018));
                return "On-target solvent-front mutation: type I next-generation TRK inhibitors (selitrectinib, repotrectinib) are reported to overcome it.";
            case MutationClass.Gatekeeper:
                rules.Add(new AppliedRule($"{trk.Protein} {trk.ResidueAt(position)}{position} is the gatekeeper phenylalanine (VFEYM motif)", Sources.Drilon2017));
                rules.Add(new AppliedRule("Type I next-generation TRK inhibitors (selitrectinib, repotrectinib) retain activity against gatekeeper substitutions", Sources.Drilon2018));
                return "On-target gatekeeper mutation: type I next-generation TRK inhibitors (selitrectinib, repotrectinib) are reported to overcome it.";
            case MutationClass.Xdfg:
                rules.Add(new AppliedRule($"{trk.Protein} {trk.ResidueAt(position)}{position} is the xDFG residue (immediately before DFG)", Sources.Cocco2021));
                rules.Add(new AppliedRule("xDFG substitutions confer resistance to type I next-generation TRK inhibitors and sensitise to type II inhibitors", Sources.Cocco2021));
                return "On-target xDFG mutation: no type I next-generation TRK inhibitor is recommended (resistance reported); type II TRK inhibitors (multikinase, e.g. cabozantinib) were reported active.";
            case MutationClass.KinaseOther:
                rules.Add(new AppliedRule($"Position {position} lies in the {trk.Protein} kinase domain ({trk.KinaseStart}-{trk.KinaseEnd}) but is not a solvent-front, gatekeeper or xDFG residue", Sources.Manning2002));
                return "On-target kinase-domain change outside the characterised hotspots: sensitivity to next-generation inhibitors is not established.";
            default:
                rules.Add(new AppliedRule($"Position {position} lies outside the {trk.Protein} kinase domain ({trk.KinaseStart}-{trk.KinaseEnd})", Sources.Manning2002));
                return "Outside the kinase domain: not a described TRK-inhibitor resistance mechanism.";
        }
    }

    private static int MapNtrk2(ProteinChange change, TrkProtein trk, Ntrk2Numbering ntrk2, int written)
    {
        if (trk.Gene != "NTRK2" || ntrk2 == Ntrk2Numbering.Isoform822)
        {
            return written;
        }

        if (!Ntrk2Hotspots838To822.TryGetValue(written, out var mapped))
        {
            throw new InputException($"'{change.Input}': in 838-aa TRKB numbering Trek can map only the hotspots F633, G639 and G709 (to F617, G623, G693 of {trk.Isoform}); the 838-aa sequence is not held, so position {written} cannot be checked. Give it in 822-aa numbering instead");
        }

        return mapped;
    }

    private static void Validate(ProteinChange change, TrkProtein trk, int position, int written, Ntrk2Numbering ntrk2)
    {
        if (position > trk.Length)
        {
            throw new InputException($"'{change.Input}': position {position} is beyond the end of {trk.Isoform}");
        }

        var found = trk.ResidueAt(position);
        if (found == change.Reference)
        {
            return;
        }

        var where = written != position ? $"residue {written} (838-aa numbering) = {position} of" : $"residue {position} of";
        var message = $"'{change.Input}': {where} {trk.Protein} ({trk.Accession}, {trk.Length} aa) is {found}, not {change.Reference}";
        if (trk.Gene == "NTRK2" && ntrk2 == Ntrk2Numbering.Isoform822 && Ntrk2Hotspots838To822.TryGetValue(position, out var homolog) && trk.ResidueAt(homolog) == change.Reference)
        {
            message += $"; papers number TRKB on a 838-aa isoform, and the homologous residue here is {change.Reference}{homolog}: write p.{change.Reference}{homolog}{change.Alternate} or use --ntrk2-numbering 838";
        }

        throw new InputException(message);
    }
}
