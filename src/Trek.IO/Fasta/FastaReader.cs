using System.Text;
using Trek.Core;

namespace Trek.IO.Fasta;

/// <summary>
/// The one FASTA reader (genome references, the bundled Alu consensus, the TRK protein sequences): streams
/// records one at a time (a record is held whole: references are read once, at index time).
/// </summary>
public static class FastaReader
{
    /// <summary>A FASTA file (plain or gzip, "-" for standard input).</summary>
    /// <exception cref="InputException">Sequence before the first header, a header without a name, or no records.</exception>
    public static IEnumerable<FastaRecord> Read(string path) => Read(TextLines.Read(path), path);

    /// <summary>FASTA from an open stream (an embedded resource); the caller owns it; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">As <see cref="Read(string)"/>.</exception>
    public static IEnumerable<FastaRecord> Read(Stream stream, string source) => Read(TextLines.Read(stream, source), source);

    private static IEnumerable<FastaRecord> Read(IEnumerable<(long Number, string Text)> lines, string path)
    {
        string? id = null;
        var description = string.Empty;
        var sequence = new StringBuilder();
        foreach (var (number, line) in lines)
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
