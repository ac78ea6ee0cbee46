namespace Trek.IO.Fastq;

/// <summary>
/// A block of FASTQ records held as bytes (no per-record strings): names and sequences are slices of
/// one buffer. Batches are recycled, so memory stays flat however large the input is.
/// </summary>
public sealed class ReadBatch
{
    private byte[] _data;
    private int _used;

    public ReadBatch(int capacity)
    {
        Capacity = capacity;
        _data = new byte[capacity * 160];
        NameStart = new int[capacity];
        NameLength = new int[capacity];
        SeqStart = new int[capacity];
        SeqLength = new int[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>1-based number of the first record in the file (for error messages).</summary>
    public long FirstRecord { get; set; }

    public long SequenceNumber { get; set; }

    public int[] NameStart { get; }

    public int[] NameLength { get; }

    public int[] SeqStart { get; }

    public int[] SeqLength { get; }

    public ReadOnlySpan<byte> Name(int i) => _data.AsSpan(NameStart[i], NameLength[i]);

    public ReadOnlySpan<byte> Sequence(int i) => _data.AsSpan(SeqStart[i], SeqLength[i]);

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    public void Add(ReadOnlySpan<byte> name, ReadOnlySpan<byte> sequence)
    {
        var need = _used + name.Length + sequence.Length;
        if (need > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(need, _data.Length * 2));
        }

        NameStart[Count] = _used;
        NameLength[Count] = name.Length;
        name.CopyTo(_data.AsSpan(_used));
        _used += name.Length;
        SeqStart[Count] = _used;
        SeqLength[Count] = sequence.Length;
        sequence.CopyTo(_data.AsSpan(_used));
        _used += sequence.Length;
        Count++;
    }
}
