using System.Text;
using Trek.Core;

namespace Trek.IO.Csv;

/// <summary>
/// Splits one line of a delimited file into fields (RFC 4180 quoting: double-quoted fields, "" for a
/// quote, no embedded line breaks). Shared by the assessment and trial table readers so both quote alike.
/// </summary>
public static class CsvLine
{
    /// <summary>The fields of <paramref name="line"/>, unquoted and untrimmed.</summary>
    /// <exception cref="InputException">A quoted field is not closed; names <paramref name="source"/> and <paramref name="lineNumber"/>.</exception>
    public static string[] Split(string line, string source, long lineNumber, char delimiter = ',')
    {
        // Most lines have no quotes: split directly (the hot path of large tables such as `trek km` inputs).
        if (line.IndexOf('"') < 0)
        {
            return line.Split(delimiter);
        }

        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw InputException.At(source, lineNumber, "unterminated quoted field");
        }

        fields.Add(current.ToString());
        return fields.ToArray();
    }
}
