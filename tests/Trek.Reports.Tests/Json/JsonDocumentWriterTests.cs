using Trek.Core;
using Trek.Reports.Json;

namespace Trek.Reports.Tests.Json;

/// <summary>The streamed JSON document is byte for byte the one <see cref="TrekJson.Serialize{T}(T)"/> builds as a string, plus a newline.</summary>
public sealed class JsonDocumentWriterTests
{
    private sealed record Row(double Time, string Label, int? Missing);

    private sealed record Document(string Title, IReadOnlyList<Row> Table);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(60_000)] // about 6 MB: many serializer blocks, so multi-byte characters fall across block edges
    public void Write_SameTextAsSerializeToString(int rows)
    {
        // Two- three- and four-byte UTF-8 (µ, €, an emoji as a surrogate pair) at every offset modulo 4 as rows go by.
        var labels = new[] { "µg/m²", "€ 12", "arm 😀 B", "plain" };
        var document = new Document("Kaplan-Meier – ‘log-log’", [.. Enumerable.Range(0, rows).Select(i => new Row(i / 7.0, labels[i % 4] + new string('x', i % 5), i % 3 == 0 ? null : i))]);
        using var text = new StringWriter { NewLine = "\n" };
        JsonDocumentWriter.Write(text, document);
        Assert.Equal(TrekJson.Serialize(document) + "\n", text.ToString());
    }
}
