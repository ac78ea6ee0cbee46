using System.Text;
using Trek.Core;

namespace Trek.IO.Fasta;

/// <summary>Streams FASTA records one at a time (a record is held whole: references are read once, at index time).</summary>
public static class FastaReader
{
    /// <exception cref="InputException">Sequence before the first header, a header without a name, or no records.</exception>
    public static IEnumerable<FastaRecord> Read(string path)
    {
        string? id = null;
        var description = string.Empty;
        var sequence = new StringBuilder();
        foreach (var (number, line) in TextLines.Read(path))
        {
            if (line.StartsWith('>'))
            {
                if (id is not null)
                {
                    yield return new FastaRecord(id, description, sequence.ToString());
                }

                var header = line[1..].Trim();
                var space = header.IndexOfAny([' ', '\t']);
                id = space < 0 ? header : header[..space];
                description = space < 0 ? string.Empty : header[(space + 1)..];
                if (id.Length == 0)
                {
                    throw InputException.At(path, number, "FASTA header without a name");
                }

                sequence.Clear();
            }
            else if (line.Length > 0)
            {
                sequence.Append(id is null ? throw InputException.At(path, number, "sequence before the first '>' header: not FASTA?") : line.Trim());
            }
        }

        if (id is null)
        {
            throw InputException.At(path, null, "no FASTA records found");
        }

        yield return new FastaRecord(id, description, sequence.ToString());
    }
}
