using Trek.Fusion.Annotation;
using Trek.Fusion.Index;

namespace Trek.Fusion.Reads;

/// <summary>
/// Classifies one read against the index. The common case is cheap: a few sampled k-mers, then one
/// SIMD comparison against the transcript they point at. Only reads that do not fit one transcript
/// get the slow path (<see cref="ChimeraResolver"/>). One instance per thread (it owns scratch buffers).
/// </summary>
public sealed class ReadAligner
{
    private readonly FusionIndex _index;
    private readonly FusionOptions _options;
    private readonly ChimeraResolver _resolver;
    private readonly BoundarySeeder _seeder;
    private readonly OccurrenceBuffer _occurrences = new();
    private byte[] _forward = new byte[512];
    private byte[] _reverse = new byte[512];

    public ReadAligner(FusionIndex index, FusionOptions options)
    {
        _index = index;
        _options = options;
        _resolver = new ChimeraResolver(index, options);
        _seeder = new BoundarySeeder(index, options, new JunctionRefiner(index));
    }

    /// <summary>Aligns a read given as ASCII bases.</summary>
    public ReadResult Align(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if (length > _forward.Length)
        {
            _forward = new byte[length * 2];
            _reverse = new byte[length * 2];
        }

        var fwd = _forward.AsSpan(0, length);
        Core.Sequences.Dna.Encode(ascii, fwd);
        return AlignCodes(fwd, _reverse.AsSpan(0, length));
    }

    /// <summary>
    /// Second chance for a read that no sampled 31-mer placed, when its mate is on the index: short reads
    /// (50 bp) crossing a junction near their middle have no 31-mer on either side (<see cref="BoundarySeeder"/>).
    /// </summary>
    public ReadResult Rescue(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        var result = default(ReadResult);
        if (length < 2 * _options.MinAnchor || length > _forward.Length)
        {
            return result;
        }

        var fwd = _forward.AsSpan(0, length);
        var rev = _reverse.AsSpan(0, length);
        Core.Sequences.Dna.Encode(ascii, fwd);
        Core.Sequences.Dna.ReverseComplementCodes(fwd, rev);
        _seeder.TryPlace(fwd, rev, (int)(_options.MaxMismatchRate * length), ref result);
        return result;
    }

    /// <summary>
    /// <paramref name="rev"/> is scratch space: the reverse complement is written there only once a
    /// sampled k-mer hits, so the off-index reads that make up most of a sample never pay for it.
    /// </summary>
    private ReadResult AlignCodes(ReadOnlySpan<byte> fwd, Span<byte> rev)
    {
        var k = _index.K;
        var length = fwd.Length;
        var result = default(ReadResult);
        if (length < k)
        {
            return result;
        }

        var maxMismatches = (int)(_options.MaxMismatchRate * length);
        var samples = Math.Max(2, _options.Samples);
        var anyHit = false;
        var full = false;
        for (var s = 0; s < samples; s++)
        {
            var pos = (int)((long)s * (length - k) / (samples - 1));
            if (!TrySample(fwd, pos, k, out var kmer, out var flipped, out pos))
            {
                continue;
            }

            var occurrences = _index.Kmers.Find(kmer, _occurrences, out var shared);
            if (occurrences.IsEmpty)
            {
                continue;
            }

            if (!anyHit)
            {
                Core.Sequences.Dna.ReverseComplementCodes(fwd, rev);
                anyHit = true;
            }

            if (full)
            {
                // Already placed by a repeat k-mer: one gene-specific k-mer is enough to trust it.
                if (!shared)
                {
                    result.Repeat = false;
                    return result;
                }

                continue;
            }

            if (TryFull(fwd, rev, pos, flipped, occurrences, maxMismatches, ref result))
            {
                if (!shared || result.MultiGene)
                {
                    return result;
                }

                full = true;
                result.Repeat = true;
            }
        }

        if (full)
        {
            return result;
        }

        if (!anyHit)
        {
            return result;
        }

        return _resolver.Resolve(fwd, rev, maxMismatches);
    }

    /// <summary>Samples the k-mer at <paramref name="pos"/>, stepping right past an N if needed.</summary>
    private static bool TrySample(ReadOnlySpan<byte> codes, int pos, int k, out ulong kmer, out bool flipped, out int used)
    {
        for (var p = pos; p <= Math.Min(pos + 4, codes.Length - k); p++)
        {
            if (Kmer.TryCanonical(codes, p, k, out kmer, out flipped))
            {
                used = p;
                return true;
            }
        }

        kmer = 0;
        flipped = false;
        used = pos;
        return false;
    }

    private bool TryFull(ReadOnlySpan<byte> fwd, ReadOnlySpan<byte> rev, int pos, bool flipped, ReadOnlySpan<ulong> occurrences, int maxMismatches, ref ReadResult result)
    {
        var k = _index.K;
        var length = fwd.Length;
        var found = false;
        var limit = Math.Min(occurrences.Length, 64);
        for (var i = 0; i < limit; i++)
        {
            var occ = occurrences[i];
            var t = _index.Transcripts[Occurrence.Transcript(occ)];
            if (found && t.Gene == result.Segment.Gene)
            {
                continue;
            }

            var antisense = Occurrence.Flipped(occ) != flipped;
            var read = antisense ? rev : fwd;
            var offset = antisense ? length - pos - k : pos;
            var diagonal = Occurrence.Position(occ) - offset;
            if (Mismatches.Count(read, t.Codes, diagonal, 0, length) > maxMismatches)
            {
                continue;
            }

            if (found)
            {
                result.MultiGene = true;
                return true;
            }

            found = true;
            result.Kind = ReadKind.Full;
            result.Segment = new Segment(t.Index, t.Gene, diagonal, antisense, 0, length);
        }

        return found;
    }
}
