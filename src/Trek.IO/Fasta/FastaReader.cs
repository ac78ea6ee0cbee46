using System.Text;
using Trek.Core;

namespace Trek.IO.Fasta;

/// <summary>Streams FASTA records one at a time (a record is held whole: references are read once, at index time).</summary>
public static class FastaReader
{
    /// <exception cref="InputException">Sequence before the first header, an empty file, or no records.</exception>
    public static IEnumerable<FastaRecord> Read(string path)
    {
        using var stream = InputFile.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.ASCII, false, 1 << 16);
        string? id = null;
        var description = string.Empty;
        var sequence = new StringBuilder();
        long lineNumber = 0;
        var any = false;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (InvalidDataException ex)
            {
                throw InputException.At(path, lineNumber + 1, ex.Message, ex);
            }

            lineNumber++;
            if (line is null || line.StartsWith('>'))
            {
                if (id is not null)
                {
                    any = true;
                    yield return new FastaRecord(id, description, sequence.ToString());
                }

                if (line is null)
                {
                    break;
                }

                var header = line[1..].Trim();
                var space = header.IndexOfAny([' ', '\t']);
                id = space < 0 ? header : header[..space];
                description = space < 0 ? string.Empty : header[(space + 1)..];
                if (id.Length == 0)
                {
                    throw InputException.At(path, lineNumber, "FASTA header without a name");
                }

                sequence.Clear();
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (id is null)
            {
                throw InputException.At(path, lineNumber, "sequence before the first '>' header: not FASTA?");
            }

            sequence.Append(line.Trim());
        }

        if (!any)
        {
            throw InputException.At(path, null, "no FASTA records found");
        }
    }
}
