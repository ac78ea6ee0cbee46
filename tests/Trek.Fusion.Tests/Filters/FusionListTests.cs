using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Lists;

namespace Trek.Fusion.Tests.Filters;

/// <summary>Arriba's known-fusion/blacklist format (documentation/04-Input-files.md) as Trek reads and matches it.</summary>
public sealed class FusionListTests
{
    private static IEnumerable<(long, string)> Lines(string text) => text.Split('\n').Select((l, i) => ((long)i + 1, l));

    private static readonly Gene Etv6 = new(0, "ENSG00000139083", "ETV6", "12", Strand.Plus, 11_649_854, 11_895_377);
    private static readonly Gene Ntrk3 = new(1, "ENSG00000140538", "NTRK3", "15", Strand.Minus, 87_859_751, 88_256_791);

    /// <summary>ETV6::NTRK3 as the example reports it: 12:11869969:+ / 15:87940753:- (expected_fusions.tsv).</summary>
    private static FusionCall Call(Gene? five, long split = 30, long spanning = 14, bool exact = true) => new()
    {
        Gene1 = five,
        Gene2 = Ntrk3,
        Break1 = exact && five is not null ? new JunctionSide("ENST00000396373", null, 1000, new GenomicPosition("12", 11_869_969, Strand.Plus, null), 5, JunctionSite.SpliceSite) : null,
        Break2 = exact ? new JunctionSide("ENST00000360948", null, 2000, new GenomicPosition("15", 87_940_753, Strand.Minus, null), 15, JunctionSite.SpliceSite) : null,
        SplitReads = split,
        SpanningPairs = spanning,
        Ffpm = 0,
        Frame = ReadingFrame.InFrame,
        KinaseDomain = DomainRetention.Retained,
        LargeAnchorSupport = true,
        Homology = 0,
        Junction = null,
    };

    [Theory]
    [InlineData("ETV6\tNTRK3", true)]
    [InlineData("NTRK3\tETV6", false)] // known fusions are ordered 5' then 3' (Arriba)
    [InlineData("12:11869969\t15:87940753", true)] // exact positions
    [InlineData("chr12:11869969\tchr15:87940753", true)] // UCSC names match Ensembl contigs
    [InlineData("12:11869970\t15:87940753", false)] // one base off
    [InlineData("+12:11869000-11870000\t-15:87940753", true)] // ranges with the right strands
    [InlineData("-12:11869000-11870000\t-15:87940753", false)] // wrong strand on the 5' side
    [InlineData("ETV6\t15:87940000-87941000", true)] // gene and range mixed
    public void Known_Entry_MatchesTheCallOnlyWhereItSays(string line, bool matches)
    {
        var list = KnownFusions.Read(Lines(line), "k.tsv");
        Assert.Equal(matches, list.Match(Call(Etv6)) is not null);
    }

    [Fact]
    public void Known_CoordinateEntry_NeverMatchesASideWithoutExactBreak()
    {
        var list = KnownFusions.Read(Lines("12:11869969\t15:87940753"), "k.tsv");
        Assert.Null(list.Match(Call(Etv6, split: 0, exact: false)));
        Assert.NotNull(KnownFusions.Read(Lines("ETV6\tNTRK3"), "k.tsv").Match(Call(Etv6, split: 0, exact: false)));
    }

    [Theory]
    [InlineData("NTRK3\tETV6", 30, 14, true)] // a blacklisted pair is removed in either order (Arriba)
    [InlineData("NTRK3\tany", 30, 14, true)]
    [InlineData("NTRK3\tdiscordant_mates", 30, 14, false)] // has split reads
    [InlineData("NTRK3\tdiscordant_mates", 0, 14, true)]
    [InlineData("NTRK3\tsplit_read_any", 30, 14, false)] // has spanning pairs
    [InlineData("NTRK3\tsplit_read_any", 30, 0, true)]
    [InlineData("BRD4\tany", 30, 14, false)]
    public void Blacklist_Keyword_RemovesOnlyWhatItNames(string line, long split, long spanning, bool removed)
    {
        var list = Blacklist.Read(Lines(line), "b.tsv");
        Assert.Equal(removed, list.Match(Call(Etv6, split, spanning, exact: split > 0)) is not null);
    }

    [Fact]
    public void Known_PartnerUnknownCall_NotMatchedByAGenePair()
    {
        Assert.Null(KnownFusions.Read(Lines("ETV6\tNTRK3"), "k.tsv").Match(Call(null)));
    }

    [Theory]
    [InlineData("ETV6\tNTRK3\textra\tmore", "k.tsv:1: 4 tab-separated column(s)")]
    [InlineData("ETV6 NTRK3", "k.tsv:1: 1 tab-separated column(s)")] // spaces are not tabs
    [InlineData("#c\n\nETV6\t12:5-", "k.tsv:3: second column: '12:5-'")]
    [InlineData("ETV6\t:5", "k.tsv:1: second column: ':5'")]
    public void Read_Malformed_OneErrorWithSourceAndLine(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => KnownFusions.Read(Lines(text), "k.tsv"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Default_BundledList_HasEveryPairWithItsSourceAndTheSpikeInKinaseFusions()
    {
        var list = KnownFusions.Default;
        Assert.Equal(44, list.Entries.Count); // Resources/known_fusions_kinase.tsv: 44 non-comment lines
        Assert.NotNull(list.Match(Call(Etv6)));
        Assert.Equal("bundled:known_fusions_kinase.tsv", list.Source);
    }
}
