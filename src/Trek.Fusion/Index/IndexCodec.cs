using System.Runtime.InteropServices;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// The bytes of each `trek.idx` section (<see cref="IndexStore"/> frames and checksums them). Readers
/// range-check every count against the bytes left and every index against what it points into, throwing
/// <see cref="InvalidDataException"/>, so an inconsistent file is refused rather than used or crashed on.
/// </summary>
internal static class IndexCodec
{
    public static void WriteGenes(BinaryWriter w, IReadOnlyList<Gene> genes)
    {
        w.Write(genes.Count);
        foreach (var g in genes)
        {
            w.Write(g.Id);
            w.Write(g.Name);
            w.Write(g.Chrom);
            w.Write(Strands.Symbol(g.Strand));
            w.Write(g.Start);
            w.Write(g.End);
        }
    }

    public static List<Gene> ReadGenes(BinaryReader r)
    {
        var n = Count(r, 8);
        var list = new List<Gene>(n);
        for (var i = 0; i < n; i++)
        {
            list.Add(new Gene(i, r.ReadString(), r.ReadString(), r.ReadString(), ReadStrand(r), r.ReadInt64(), r.ReadInt64()));
        }

        return list;
    }

    public static void WriteTranscripts(BinaryWriter w, IReadOnlyList<Transcript> transcripts)
    {
        w.Write(transcripts.Count);
        foreach (var t in transcripts)
        {
            w.Write(t.Id);
            w.Write(t.Version ?? string.Empty);
            w.Write(t.Gene);
            w.Write(t.Chrom);
            w.Write(Strands.Symbol(t.Strand));
            w.Write(t.Biotype);
            w.Write(t.Rank);
            w.Write(t.Codes.Length);
            w.Write(t.Exons.Length);
            foreach (var e in t.Exons)
            {
                w.Write(e.Number);
                w.Write(e.TxStart);
                w.Write(e.TxEnd);
                w.Write(e.RefStart);
                w.Write(e.RefEnd);
                w.Write(e.OrigShift);
            }

            w.Write(t.CdsStart);
            w.Write(t.CdsEnd);
            w.Write(t.DomainStart);
            w.Write(t.DomainEnd);
            WriteArray(w, t.IntronsBefore);
        }
    }

    /// <summary>Transcripts whose base codes are, in order, the bytes of the already verified <paramref name="codes"/> section (copied out).</summary>
    public static unsafe List<Transcript> ReadTranscripts(BinaryReader r, int genes, RawSection codeSection)
    {
        long taken = 0;
        var n = Count(r, 16);
        var list = new List<Transcript>(n);
        for (var i = 0; i < n; i++)
        {
            var id = r.ReadString();
            var version = r.ReadString();
            var gene = Index(r.ReadInt32(), genes, "transcript gene");
            var chrom = r.ReadString();
            var strand = ReadStrand(r);
            var biotype = r.ReadString();
            var rank = r.ReadInt32();
            var length = r.ReadInt32();
            if (length < 0 || length > codeSection.Length - taken)
            {
                throw new InvalidDataException($"transcript {id}: {length:N0} bases, the codes section has {codeSection.Length - taken:N0} left");
            }

            var codes = new ReadOnlySpan<byte>(codeSection.Pointer + taken, length).ToArray();
            taken += length;
            if (codes.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)4) >= 0)
            {
                throw new InvalidDataException($"transcript {id}: a base code is not A, C, G, T or N");
            }

            var exons = new Exon[Count(r, 36)];
            for (var e = 0; e < exons.Length; e++)
            {
                exons[e] = new Exon(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
                if (exons[e].TxStart < 0 || exons[e].TxEnd < exons[e].TxStart || exons[e].TxEnd > codes.Length || (e > 0 && exons[e].TxStart < exons[e - 1].TxEnd))
                {
                    throw new InvalidDataException($"transcript {id}: exon {e + 1} lies outside its sequence or before the previous exon");
                }
            }

            var (cdsStart, cdsEnd, domainStart, domainEnd) = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
            if (!Span(cdsStart, cdsEnd, codes.Length) || !Span(domainStart, domainEnd, codes.Length))
            {
                throw new InvalidDataException($"transcript {id}: CDS or kinase-domain span outside its sequence");
            }

            var introns = ReadArray<byte>(r);
            if (introns.Length != 0 && introns.Length != exons.Length * Transcript.IntronFlank)
            {
                throw new InvalidDataException($"transcript {id}: intron flanks do not match its exons");
            }

            list.Add(new Transcript
            {
                Index = i,
                Id = id,
                Version = version.Length == 0 ? null : version,
                Gene = gene,
                Chrom = chrom,
                Strand = strand,
                Biotype = biotype,
                Rank = rank,
                Codes = codes,
                Exons = exons,
                CdsStart = cdsStart,
                CdsEnd = cdsEnd,
                DomainStart = domainStart,
                DomainEnd = domainEnd,
                IntronsBefore = introns,
            });
        }

        return taken == codeSection.Length ? list : throw new InvalidDataException($"the codes section has {codeSection.Length - taken:N0} bases no transcript claims");
    }

    public static void WriteKmers(BinaryWriter w, KmerTable kmers)
    {
        w.Write(kmers.K);
        w.Write(kmers.Size);
        w.Write(kmers.DistinctKmers);
    }

    /// <summary>The k-mer table's shape (its arrays are raw sections of their own).</summary>
    public static (int K, int Slots, long Distinct) ReadKmers(BinaryReader r, IndexManifest manifest)
    {
        var (k, slots, distinct) = (r.ReadInt32(), r.ReadInt32(), r.ReadInt64());
        if (!IndexBuilder.IsValidK(k))
        {
            throw new InvalidDataException($"k-mer length {k}");
        }

        if (slots < 1 || distinct < 0 || distinct >= slots || distinct != manifest.DistinctKmers)
        {
            throw new InvalidDataException($"{distinct:N0} distinct k-mers in {slots:N0} slots (the manifest says {manifest.DistinctKmers:N0})");
        }

        return (k, slots, distinct);
    }

    public static void WriteBoundaries(BinaryWriter w, BoundaryMap map)
    {
        WriteArray(w, map.Keys);
        WriteArray(w, map.Sites);
    }

    public static BoundaryMap ReadBoundaries(BinaryReader r, IReadOnlyList<Transcript> transcripts)
    {
        var (keys, sites) = (ReadArray<uint>(r), ReadArray<ulong>(r));
        if (keys.Length != sites.Length)
        {
            throw new InvalidDataException("exon-boundary keys and sites differ in number");
        }

        foreach (var site in sites)
        {
            var t = (int)(site >> 32);
            if ((uint)t >= (uint)transcripts.Count || (int)(uint)site >= transcripts[t].Length)
            {
                throw new InvalidDataException("an exon boundary points outside the transcripts");
            }
        }

        return new BoundaryMap(keys, sites);
    }

    public static void WriteRepeats(BinaryWriter w, RepeatMap map)
    {
        w.Write(map.Built);
        WriteArray(w, map.Kmers);
        WriteArray(w, map.Genes);
    }

    public static RepeatMap ReadRepeats(BinaryReader r, int genes)
    {
        var built = r.ReadBoolean();
        var (kmers, owners) = (ReadArray<int>(r), ReadArray<int>(r));
        if (kmers.Length != owners.Length)
        {
            throw new InvalidDataException("repeat-map 15-mers and owners differ in number");
        }

        for (var i = 0; i < kmers.Length; i++)
        {
            if ((i > 0 && kmers[i] <= kmers[i - 1]) || (owners[i] != RepeatMap.Shared && (uint)owners[i] >= (uint)genes))
            {
                throw new InvalidDataException("repeat map is not sorted or names a gene that does not exist");
            }
        }

        return new RepeatMap(kmers, owners, built);
    }

    private static bool Span(int start, int end, int length) => (start == -1 && end == -1) || (start >= 0 && end >= start && end <= length);

    private static int Index(int value, int count, string what) =>
        (uint)value < (uint)count ? value : throw new InvalidDataException($"{what} {value} out of range 0..{count - 1}");

    /// <summary>A count of items of at least <paramref name="minBytes"/> bytes each: never negative, never more than the bytes left could hold.</summary>
    private static int Count(BinaryReader r, int minBytes)
    {
        var n = r.ReadInt32();
        var left = r.BaseStream.Length - r.BaseStream.Position;
        return n >= 0 && (long)n * minBytes <= left ? n : throw new InvalidDataException($"count {n} does not fit the {left:N0} bytes left");
    }

    /// <summary>
    /// The strand, written as the char '+' or '-' (one byte in the writer's UTF-8). Read as a byte, not with ReadChar:
    /// on damaged bytes that start a multi-byte sequence ReadChar throws ArgumentException (found by fuzz/run.sh).
    /// </summary>
    private static Strand ReadStrand(BinaryReader r) =>
        Strands.TryParse((char)r.ReadByte(), out var strand) ? strand : throw new InvalidDataException("a strand is neither + nor -");

    private static void WriteArray<T>(BinaryWriter w, T[] array)
        where T : unmanaged
    {
        w.Write(array.Length);
        w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r)
        where T : unmanaged
    {
        var n = Count(r, Marshal.SizeOf<T>());
        var array = GC.AllocateUninitializedArray<T>(n);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
