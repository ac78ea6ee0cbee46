using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Trek.Clinical.Resistance;
using Trek.Core;
using Trek.IO;
using Trek.IO.Structured;

namespace Trek.Reports.Resistance;

/// <summary>
/// Reads the report's `--resistance` input: the JSON that `trek resistance --json` writes (one variant, or a VCF's
/// report), or a VCF, which goes through the same library use case as `trek resistance -i` (<see cref="VcfResistance"/>);
/// nothing is re-interpreted here. The kind is told by content (gzip detected from the first bytes): a JSON object, or a
/// VCF's first line (##fileformat=VCF); the file is named (standard input cannot be read twice). JSON is read strictly: an unknown key, a missing member or a wrong type is refused with the file.
/// </summary>
public static class ResistanceReader
{
    private static readonly JsonSerializerOptions Strict = new(TrekJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <exception cref="InputException">Neither a `trek resistance --json` document nor a VCF, or malformed.</exception>
    public static ResistanceSection Read(string path, Ntrk2Numbering ntrk2 = Ntrk2Numbering.Mane838)
    {
        if (path == "-")
        {
            throw InputException.At(path, null, "the resistance findings must be a named file (it is opened twice: once to tell JSON from VCF)");
        }

        string head;
        using (var peek = InputFile.OpenRead(path))
        {
            head = Head(peek);
        }

        using var stream = InputFile.OpenRead(path);
        if (head.StartsWith("##fileformat=VCF", StringComparison.Ordinal))
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            return ResistanceSection.FromVcf(VcfResistance.Interpret(reader, path, ntrk2));
        }

        if (!head.StartsWith('{'))
        {
            throw InputException.At(path, null, "expected the JSON of `trek resistance --json` or a VCF (first line ##fileformat=VCF...)");
        }

        return FromJson(path, StructuredTextReader.Read(stream, path) as JsonObject ?? throw InputException.At(path, null, "expected one JSON object"));
    }

    private static ResistanceSection FromJson(string path, JsonObject o)
    {
        try
        {
            // `trek resistance -i x.vcf --json` writes the VCF report (records_read...); one variant writes one call (gene, class...).
            if (o.ContainsKey("records_read"))
            {
                return ResistanceSection.FromVcf(o.Deserialize<VcfResistanceReport>(Strict)!);
            }

            if (o.ContainsKey("gene") && o.ContainsKey("class"))
            {
                return ResistanceSection.FromCall(path, o.Deserialize<ResistanceCall>(Strict)!);
            }
        }
        catch (JsonException ex)
        {
            throw InputException.At(path, null, $"not a `trek resistance --json` document: {ex.Message}");
        }

        throw InputException.At(path, null, "not a `trek resistance --json` document (neither a variant with gene and class nor a VCF report with records_read)");
    }

    /// <summary>The first 16 characters after blanks and a byte-order mark (the file is opened again to read it: gzip and pipes cannot rewind).</summary>
    private static string Head(Stream s)
    {
        var bytes = new List<byte>(16);
        int b;
        while (bytes.Count < 16 && (b = s.ReadByte()) >= 0)
        {
            if (bytes.Count > 0 || b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF))
            {
                bytes.Add((byte)b);
            }
        }

        return Encoding.ASCII.GetString(bytes.ToArray());
    }
}
