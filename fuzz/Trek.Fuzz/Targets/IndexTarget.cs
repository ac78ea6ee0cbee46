using System.Buffers.Binary;
using System.IO.Hashing;
using Trek.Fusion.Index;

namespace Trek.Fuzz.Targets;

/// <summary>
/// `trek.idx` through <see cref="IndexStore.Load"/>. An input is a tag byte and a payload. Tag 255: the payload is a
/// whole mutated file (the section checksums should refuse it). Any other tag picks a section (tag modulo the number
/// of sections): the payload is that section's mutated body, put back into the seed file with its length and
/// XxHash64 recomputed (IndexStore's documented framing: id int32, length int64, bytes, XxHash64 of id, length and
/// bytes), so the mutation passes the checksum and reaches the section parser and its range checks.
/// </summary>
internal sealed class IndexTarget : FuzzTarget
{
    private const byte WholeFile = 255;
    private byte[] _head = [];
    private List<(int Id, byte[] Body)> _sections = [];
    private byte[] _tail = [];

    public override string Name => "index";

    public override IReadOnlyList<byte[]> Seeds(Repository repo)
    {
        var dir = Directory.CreateTempSubdirectory("trek-fuzz-index-").FullName;
        byte[] file;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "genome.fa"), SyntheticGenome.Fasta);
            File.WriteAllBytes(Path.Combine(dir, "genes.gtf"), SyntheticGenome.Gtf);
            var index = IndexBuilder.Build(Path.Combine(dir, "genome.fa"), Path.Combine(dir, "genes.gtf"), null, 15, null, null);
            IndexStore.Save(index, Path.Combine(dir, "idx"));
            file = File.ReadAllBytes(Path.Combine(dir, "idx", IndexStore.DataFile));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        _head = file[..12];
        var at = 12;
        while (file.Length - at > 8)
        {
            var id = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(at));
            var length = (int)BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(at + 4));
            _sections.Add((id, file[(at + 12)..(at + 12 + length)]));
            at += 12 + length + 8;
        }

        _tail = file[at..];
        return [[WholeFile, .. file], .. _sections.Select((s, i) => (byte[])[(byte)i, .. s.Body])];
    }

    public override void Execute(byte[] input, string scratch)
    {
        var file = input.Length == 0 ? input : input[0] == WholeFile ? input[1..] : WithSection(input[0] % _sections.Count, input[1..]);
        File.WriteAllBytes(Path.Combine(scratch, IndexStore.DataFile), file);
        IndexStore.Load(scratch);
    }

    /// <summary>The seed file with section <paramref name="which"/> replaced by <paramref name="body"/>, framed and checksummed.</summary>
    private byte[] WithSection(int which, byte[] body)
    {
        var output = new MemoryStream();
        output.Write(_head);
        for (var i = 0; i < _sections.Count; i++)
        {
            var (id, original) = _sections[i];
            var bytes = i == which ? body : original;
            var head = new byte[12];
            BinaryPrimitives.WriteInt32LittleEndian(head, id);
            BinaryPrimitives.WriteInt64LittleEndian(head.AsSpan(4), bytes.Length);
            var hash = new XxHash64();
            hash.Append(head);
            hash.Append(bytes);
            output.Write(head);
            output.Write(bytes);
            output.Write(hash.GetCurrentHash());
        }

        output.Write(_tail);
        return output.ToArray();
    }
}
