using Trek.Fusion.Filters;

namespace Trek.Fusion.Pipeline;

/// <summary>What a run of <see cref="FusionRun"/> tells its caller as it goes (a CLI prints it on stderr, a web app could stream it).</summary>
public interface IFusionProgress
{
    /// <summary>Fraction (0..1) of the first mate read so far; only when its length is known. Called from a background thread.</summary>
    void Reading(double fraction);

    /// <summary>All pairs read: how many, and how many had a mate seeded on the index.</summary>
    void ReadingDone(long pairs, long pairsOnIndex);

    /// <summary>Evidence reduced to candidates: distinct split junctions, spanning gene pairs, partner-unknown sites.</summary>
    void Candidates(CandidateCounts counts);

    /// <summary>One stage finished: "candidates" first, then each enabled filter in run order, with the candidates left.</summary>
    void Stage(StageCount stage);
}
