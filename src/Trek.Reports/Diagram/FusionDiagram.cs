using Trek.Fusion.Calling;
using Trek.Reports.Fusions;

namespace Trek.Reports.Diagram;

/// <summary>What the fusion diagram shows for one call; <see cref="FivePrime"/> is null for a partner-unknown call.</summary>
public sealed record FusionDiagram(FusionRecord Call, DiagramTranscript? FivePrime, DiagramTranscript ThreePrime, int AssembledPartnerLength)
{
    /// <summary>Read depth along the fused sequence from `trek fusions --evidence`, drawn under the transcripts; null without it.</summary>
    public Coverage.CoverageTrack? Coverage { get; init; }

    /// <summary>Fused protein length in residues when both coding parts are known and in frame; null otherwise.</summary>
    public int? FusedProteinResidues =>
        FivePrime is { HasCds: true } f && ThreePrime.HasCds && Call.ReadingFrame == ReadingFrame.InFrame
            ? (f.KeptCoding + ThreePrime.KeptCoding) / 3
            : null;
}
