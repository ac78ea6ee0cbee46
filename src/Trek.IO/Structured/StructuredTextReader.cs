using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trek.Core;
using YamlDotNet.Core;

namespace Trek.IO.Structured;

/// <summary>
/// The one reader of small JSON or YAML documents a person writes (patient records): JSON when the first
/// non-blank character is '{' or '[', YAML otherwise; both become a <see cref="JsonNode"/> tree so the field
/// readers serve both formats. Bounded by <see cref="StructuredLimits"/>; duplicate keys are refused in both
/// formats; every failure is one <see cref="InputException"/> line naming the file (and line, for YAML).
/// </summary>
public static class StructuredTextReader
{
    /// <summary>Reads at most <see cref="StructuredLimits.MaxBytes"/> from <paramref name="stream"/> (UTF-8) and parses it.</summary>
    public static JsonNode? Read(Stream stream, string source)
    {
        var buffer = new byte[StructuredLimits.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > StructuredLimits.MaxBytes)
        {
            throw InputException.At(source, null, $"larger than {StructuredLimits.MaxBytes / (1 << 20)} MiB: not a patient record");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw InputException.At(source, null, "not UTF-8 text");
        }

        return Parse(text.TrimStart('\uFEFF'), source);
    }

    /// <summary>Parses a document already in memory (at most <see cref="StructuredLimits.MaxBytes"/> characters).</summary>
    public static JsonNode? Parse(string text, string source)
    {
        if (text.Length > StructuredLimits.MaxBytes)
        {
            throw InputException.At(source, null, $"larger than {StructuredLimits.MaxBytes / (1 << 20)} MiB: not a patient record");
        }

        var first = text.TrimStart();
        if (first.StartsWith('{') || first.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = StructuredLimits.MaxDepth, AllowDuplicateProperties = false });
            }
            catch (JsonException ex)
            {
                throw InputException.At(source, ex.LineNumber + 1, $"not valid JSON: {ex.Message.Split('\n')[0]}");
            }
        }

        try
        {
            return YamlToJsonTree.Convert(text, source);
        }
        catch (YamlException ex)
        {
            throw InputException.At(source, ex.Start.Line, $"not valid YAML: {ex.Message.Split('\n')[0]}");
        }
    }
}
