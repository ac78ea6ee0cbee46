using System.CommandLine;
using System.Text;
using Trek.Clinical.Resistance;
using Trek.Core;
using Trek.IO;
using Trek.Reports.Clinical;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek resistance`: classify a variant found on TRK-inhibitor treatment, validated against the canonical protein.</summary>
internal static class ResistanceCommand
{
    public static Command Create()
    {
        var variant = new Argument<string?>("variant") { Description = "GENE p.X123Y (one- or three-letter HGVS), e.g. \"NTRK1 p.G595R\"; also p.X123*, p.X123fs, p.X123del, p.X123_Z128del, p.X123dup, ins, delins, p.X123=; or \"MET amplification\"", Arity = ArgumentArity.ZeroOrOne };
        var ntrk2 = new Option<string>("--ntrk2-numbering") { Description = "NTRK2 positions are in the 838-aa MANE/literature numbering (NM_006180; F633, G639, G709 mapped to Trek's 822-aa sequence, other positions refused) or in 822-aa NP_001018074.1 numbering (every position checked) (default: 838)", DefaultValueFactory = _ => "838" };
        ntrk2.AcceptOnlyFromAmong("822", "838");
        var io = ClinicalOutput.Options().WithInput("VCF with snpEff ANN or VEP CSQ protein annotations (gzip detected; - = stdin); --vcf is the same option (default: none)", required: false, "--vcf");
        var command = new Command("resistance", "Interpret a variant found on TRK-inhibitor treatment: solvent front, gatekeeper, xDFG, other kinase, off-target bypass; nonsense, frameshift and in-frame indels classed as such (loss of kinase, not resistance).")
        {
            variant, ntrk2,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var numbering = parseResult.GetValue(ntrk2) == "822" ? Ntrk2Numbering.Isoform822 : Ntrk2Numbering.Mane838;
            var text = parseResult.GetValue(variant);
            var path = io.InputPath(parseResult);
            if ((text is null) == (path is null))
            {
                throw new UsageException("resistance: give either one variant (\"NTRK1 p.G595R\") or -i FILE.vcf");
            }

            if (text is not null)
            {
                var call = ResistanceInterpreter.Interpret(text, numbering);
                return ClinicalOutput.Write(parseResult, io, call, w => ResistanceText.Write(w, call));
            }

            using var files = io.Declare(parseResult).Open();
            using var stream = InputFile.OpenRead(path!);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var report = VcfResistance.Interpret(reader, path!, numbering);
            if (report.Refused.Count > 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"trek: warning: {report.Refused.Count} record(s) of {path} not interpreted (listed under 'refused'); the others are reported");
            }

            return ClinicalOutput.Write(parseResult, io, files, report, w => ResistanceText.Write(w, report));
        });
        return command;
    }
}
