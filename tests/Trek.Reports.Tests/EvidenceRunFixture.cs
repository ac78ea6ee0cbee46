using Trek.Fusion;
using Trek.Fusion.Evidence;
using Trek.Fusion.Pipeline;

namespace Trek.Reports.Tests;

/// <summary>
/// A real evidence directory (trek.evidence/1): the bundled example's reads run through the library use case of
/// `trek fusions --evidence` (FusionRun, then EvidencePass and EvidenceDirectory) on the report tests' index.
/// </summary>
public sealed class EvidenceRunFixture
{
    public EvidenceRunFixture()
    {
        Report = new ReportFixture();
        Directory = Path.Combine(TestFiles.Scratch("evidence"), "evidence");
        System.IO.Directory.CreateDirectory(Directory);
        var options = new FusionOptions();
        var result = FusionRun.Run(Report.Index, Open("reads_1.fastq.gz"), Open("reads_2.fastq.gz"), options, "SRR1659964", null, CancellationToken.None);
        EvidenceDirectory.Write(Directory, EvidencePass.Collect(Report.Index, options, result.Calls, Open("reads_1.fastq.gz"), Open("reads_2.fastq.gz"), CancellationToken.None));
    }

    public ReportFixture Report { get; }

    public string Directory { get; }

    private static ReadInput Open(string name)
    {
        var stream = File.OpenRead(TestFiles.Example(name));
        return new ReadInput(stream, name, stream.Length);
    }
}
