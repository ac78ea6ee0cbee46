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

    public static ResistanceCall Interpret(string input, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Mane838) =>
        Interpret(ProteinChangeParser.Parse(input), ntrk2);

    public static ResistanceCall Interpret(ProteinChange change, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Mane838)
    {
        var trk = TrkReference.ForGene(change.Gene);
        if (trk is not null)
        {
            return OnTarget(change, trk, ntrk2);
        }

        return OffTargetTable.Interpret(change);
    }

    /// <summary>The class a change has by its kind alone (non-substitutions), or Unknown.</summary>
    public static MutationClass ClassOfKind(ChangeKind kind) => kind switch
    {
        ChangeKind.Nonsense => MutationClass.Nonsense,
        ChangeKind.Frameshift => MutationClass.Frameshift,
        ChangeKind.InFrameDeletion => MutationClass.InframeDeletion,
        ChangeKind.InFrameInsertion => MutationClass.InframeInsertion,
        ChangeKind.Synonymous => MutationClass.Synonymous,
        _ => MutationClass.Unknown,
    };

    private static ResistanceCall OnTarget(ProteinChange change, TrkProtein trk, Ntrk2Numbering ntrk2)
    {
        var numbering = trk.Gene != "NTRK2" ? null
            : ntrk2 == Ntrk2Numbering.Mane838 ? $"838-aa TRKB numbering (MANE Select NM_006180 / NP_006171, the resistance literature's); checked at the homologous residue of {trk.Isoform}"
            : $"822-aa TRKB numbering of {trk.Isoform}";
        if (change.Kind == ChangeKind.Amplification)
        {
            return new ResistanceCall(change.Input, change.Gene, null, null, null, null, null, trk.Isoform, numbering, false, MutationClass.Unknown, "unknown", null, null, null,
                $"{change.Gene} amplification is not a described mechanism of resistance to TRK inhibitors.", []);
        }

        var written = change.Position!.Value;
        var position = MapNtrk2(change, trk, ntrk2, written);
        Validate(change, trk, position, written, change.Reference!.Value, ntrk2);
        int? end = null;
        if (change.EndPosition is { } writtenEnd)
        {
            end = MapNtrk2(change, trk, ntrk2, writtenEnd);
            Validate(change, trk, end.Value, writtenEnd, change.EndReference!.Value, ntrk2);
        }

        var rules = new List<AppliedRule>
        {
            new($"Reference residue{(end is null ? "" : "s")} {change.Reference}{position}{(end is { } e2 ? $" and {change.EndReference}{e2}" : "")} checked against {trk.Isoform}", Sources.Manning2002),
        };
        var hgvsp = change.HgvspAt(position, end);
        var inputPosition = written != position ? written : (int?)null;
        if (change.Kind != ChangeKind.Substitution)
        {
            return NotASubstitution(change, trk, position, end, hgvsp, inputPosition, numbering, rules);
        }

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
        return new ResistanceCall(change.Input, change.Gene, hgvsp, position, inputPosition, change.Reference.ToString(), change.Alternate.ToString(), trk.Isoform, numbering, true,
            cls, cls == MutationClass.Unknown ? "unknown" : "on_target", type1, type2, null, text, rules);
    }

    /// <summary>
    /// Nonsense, frameshift, in-frame deletion or insertion, synonymous: never a resistance substitution. A truncation
    /// starting at or before the kinase domain's last residue removes (part of) the kinase from that allele: if it is
    /// the fusion allele, the fusion loses its kinase, which is not how resistance to a TRK inhibitor arises.
    /// </summary>
    private static ResistanceCall NotASubstitution(ProteinChange change, TrkProtein trk, int position, int? end, string? hgvsp, int? inputPosition, string? numbering, List<AppliedRule> rules)
    {
        var cls = ClassOfKind(change.Kind);
        var domain = $"{trk.Protein} kinase domain {trk.KinaseStart}-{trk.KinaseEnd}";
        bool? lost;
        string text;
        switch (change.Kind)
        {
            case ChangeKind.Synonymous:
                lost = null;
                text = "No amino-acid change (synonymous): not a resistance mutation.";
                break;
            case ChangeKind.Nonsense or ChangeKind.Frameshift:
                lost = position <= trk.KinaseEnd;
                var what = change.Kind == ChangeKind.Nonsense ? $"A stop codon at residue {position}" : $"A frameshift from residue {position}";
                rules.Add(new AppliedRule($"{what} truncates {trk.Protein} {(lost == true ? (position < trk.KinaseStart ? "before" : "inside") + $" the {domain}" : $"after the {domain}")}", Sources.Manning2002));
                text = lost == true
                    ? $"{what} truncates the protein {(position < trk.KinaseStart ? "before" : "within")} the kinase domain: loss of the TRK kinase on this allele, not a resistance substitution (no next-generation TRK inhibitor implication); check whether it lies on the fusion allele."
                    : $"{what} truncates the protein after the kinase domain: not a described TRK-inhibitor resistance mechanism.";
                break;
            default:
                var last = end ?? position;
                lost = position <= trk.KinaseEnd && last >= trk.KinaseStart;
                var span = end is null ? $"residue {position}" : $"residues {position}-{end}";
                var verb = change.Kind == ChangeKind.InFrameDeletion ? "deletion" : "insertion";
                rules.Add(new AppliedRule($"In-frame {verb} at {span} {(lost == true ? "overlaps" : "lies outside")} the {domain}", Sources.Manning2002));
                text = lost == true
                    ? $"In-frame {verb} in the kinase domain: expected to disrupt the TRK kinase on this allele, not a resistance substitution; its effect on inhibitor binding is not characterised."
                    : $"In-frame {verb} outside the kinase domain: not a described TRK-inhibitor resistance mechanism.";
                break;
        }

        return new ResistanceCall(change.Input, change.Gene, hgvsp, position, inputPosition, change.Reference.ToString(), change.Alternate?.ToString(), trk.Isoform, numbering, true,
            cls, lost == true ? "loss_of_kinase" : "unknown", null, null, lost, text, rules);
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
            throw new InputException($"'{change.Input}': NTRK2 positions are read in the 838-aa MANE numbering, in which Trek can map only the hotspots F633, G639 and G709 (to F617, G623, G693 of {trk.Isoform}); the 838-aa sequence is not held, so position {written} cannot be checked. Give it in 822-aa numbering with --ntrk2-numbering 822");
        }

        return mapped;
    }

    private static void Validate(ProteinChange change, TrkProtein trk, int position, int written, char reference, Ntrk2Numbering ntrk2)
    {
        if (position > trk.Length)
        {
            throw new InputException($"'{change.Input}': position {position} is beyond the end of {trk.Isoform}");
        }

        var found = trk.ResidueAt(position);
        if (found == reference)
        {
            return;
        }

        var where = written != position ? $"residue {written} (838-aa numbering) = {position} of" : $"residue {position} of";
        var message = $"'{change.Input}': {where} {trk.Protein} ({trk.Accession}, {trk.Length} aa) is {found}, not {reference}";
        if (trk.Gene == "NTRK2" && ntrk2 == Ntrk2Numbering.Isoform822 && Ntrk2Hotspots838To822.TryGetValue(position, out var homolog) && trk.ResidueAt(homolog) == reference)
        {
            message += $"; papers number TRKB on the 838-aa isoform, and the homologous residue here is {reference}{homolog}: write p.{reference}{homolog}{change.Alternate} or drop --ntrk2-numbering 822";
        }

        throw new InputException(message);
    }
}
