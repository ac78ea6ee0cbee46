using Trek.Fusion.Filters;

namespace Trek.Fusion;

/// <summary>Tunable settings of `trek fusions`; each default is documented in `trek fusions --help` and README.</summary>
public sealed record FusionOptions
{
    /// <summary>Worker threads classifying read pairs (the two mates are decompressed on two more).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>k-mers sampled per read for the first look; a read whose samples all miss is dropped.</summary>
    public int Samples { get; init; } = 4;

    /// <summary>Mismatches allowed per read, as a fraction of its length (sequencing errors, SNPs).</summary>
    public double MaxMismatchRate { get; init; } = 0.05;

    /// <summary>Fewest bases a split read must have on each side of the junction.</summary>
    public int MinAnchor { get; init; } = 12;

    /// <summary>Fewest unplaced bases before a kinase exon for a read to count towards a novel-partner call.</summary>
    public int MinNovelClip { get; init; } = 20;

    /// <summary>
    /// The unplaced 5' part a read of <paramref name="readLength"/> bases needs to count as partner-unknown evidence:
    /// <see cref="MinNovelClip"/>, or 30 % of the read when that is less (15 bases of a 50-bp read, which must also hold
    /// the 12-base kinase anchor), so short-read runs still see unknown partners.
    /// </summary>
    public int NovelClipFor(int readLength) => Math.Min(MinNovelClip, Math.Max(MinAnchor, (int)(0.3 * readLength)));

    /// <summary>Split-read anchor length on both sides that counts as "large anchor support" (STAR-Fusion's LargeAnchorSupport uses 25).</summary>
    public int LargeAnchor { get; init; } = 25;

    /// <summary>Fewest distinct supporting fragments (split + spanning, duplicates removed) for a call.</summary>
    public int MinSupport { get; init; } = 2;

    /// <summary>Genes that are neighbours on the same strand within this distance are read-through candidates.</summary>
    public long ReadThroughDistance { get; init; } = 100_000;

    /// <summary>Genes (HGNC symbols) for which partner-unknown fusions are reported.</summary>
    public IReadOnlySet<string> NovelPartnerGenes { get; init; } = DefaultKinases;

    /// <summary>Filters switched off (`--disable-filter NAME`, names in <see cref="FilterNames"/>).</summary>
    public IReadOnlySet<FilterId> DisabledFilters { get; init; } = new HashSet<FilterId>();

    /// <summary>
    /// Fusions always reported when present (`--known-fusions`, Arriba's `-k`): exempt from novel_background, and
    /// from min_support down to Arriba's floor of <see cref="KnownFusionMinSupport"/> fragments; marked `known`.
    /// Default: the bundled kinase-panel list.
    /// </summary>
    public Lists.KnownFusions KnownFusions { get; init; } = Lists.KnownFusions.Default;

    /// <summary>Arriba recovers a known fusion removed for low support only with at least two supporting reads (recover_known_fusions.cpp).</summary>
    public const int KnownFusionMinSupport = 2;

    /// <summary>Recurrent artefacts removed by gene pair or breakpoint (`--blacklist`, Arriba's `-b`); none by default.</summary>
    public Lists.Blacklist Blacklist { get; init; } = Lists.Blacklist.None;

    /// <summary>Fusion kinases with approved or investigational TKIs (ESMO 2019 NTRK recommendations; NCCN kinase fusion drivers).</summary>
    public static IReadOnlySet<string> DefaultKinases { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "NTRK1", "NTRK2", "NTRK3", "ALK", "ROS1", "RET", "BRAF", "RAF1", "FGFR1", "FGFR2", "FGFR3", "MET", "NRG1", "EGFR", "PDGFRA", "PDGFRB", "ABL1", "JAK2",
    };
}
