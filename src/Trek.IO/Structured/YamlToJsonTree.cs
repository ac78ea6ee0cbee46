using System.Text.Json.Nodes;
using Trek.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Trek.IO.Structured;

/// <summary>
/// Converts one YAML document to a JSON tree from the parser's event stream, with an explicit stack (no
/// recursion, so no stack overflow at any depth) and the <see cref="StructuredLimits"/> checked as it goes:
/// depth, expanded node count (an alias copies its anchor's nodes and counts them again: billion laughs stops at
/// the bound) and duplicate mapping keys. Plain scalars follow the YAML 1.2 core schema for null and booleans;
/// every other scalar stays a string, numbers included: the field reader parses numbers with Trek's one format
/// (StrictNumber), so "6,2" or ".nan" is refused there with the field named.
/// </summary>
internal static class YamlToJsonTree
{
    private sealed class Frame(JsonNode node, string? anchor)
    {
        public JsonNode Node { get; } = node;

        public string? Anchor { get; } = anchor;

        public string? PendingKey { get; set; }

        public int Nodes { get; set; } = 1;
    }

    public static JsonNode? Convert(string text, string source)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, (JsonNode? Node, int Nodes)>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        JsonNode? root = null;
        var rootSet = false;
        var total = 0;
        var documents = 0;
        while (MoveNext(parser, source))
        {
            var e = parser.Current!;
            switch (e)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        throw At(source, e, "more than one YAML document ('---'); give one record per file");
                    }

                    break;
                case MappingStart m:
                    Push(new JsonObject(), m.Anchor.IsEmpty ? null : m.Anchor.Value, e);
                    break;
                case SequenceStart s:
                    Push(new JsonArray(), s.Anchor.IsEmpty ? null : s.Anchor.Value, e);
                    break;
                case MappingEnd or SequenceEnd:
                    var done = stack.Pop();
                    if (done.Anchor is not null)
                    {
                        anchors[done.Anchor] = (done.Node, done.Nodes);
                    }

                    Place(done.Node, done.Nodes, e);
                    break;
                case Scalar scalar:
                    Count(1, e);
                    if (stack.TryPeek(out var top) && top.Node is JsonObject && top.PendingKey is null)
                    {
                        top.PendingKey = scalar.Value;
                        break;
                    }

                    var value = ScalarValue(scalar);
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = (value, 1);
                    }

                    Place(value, 1, e);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        throw At(source, e, $"alias *{alias.Value.Value} has no anchor");
                    }

                    if (stack.TryPeek(out var parent) && parent.Node is JsonObject && parent.PendingKey is null)
                    {
                        throw At(source, e, "an alias as a mapping key is not accepted");
                    }

                    Count(anchored.Nodes, e);
                    Place(anchored.Node?.DeepClone(), anchored.Nodes, e);
                    break;
            }
        }

        return rootSet ? root : null;

        // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on some broken flow
        // collections (fuzzing found ": {\ns"); it is still malformed YAML, refused in the same one line.
        static bool MoveNext(Parser parser, string source)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (InvalidOperationException ex)
            {
                throw InputException.At(source, null, $"not valid YAML: the YAML parser gave up ({ex.Message})", ex);
            }
        }

        void Push(JsonNode node, string? anchor, ParsingEvent e)
        {
            Count(1, e);
            if (stack.TryPeek(out var top) && top.Node is JsonObject && top.PendingKey is null)
            {
                throw At(source, e, "a mapping or sequence as a mapping key is not accepted");
            }

            if (stack.Count >= StructuredLimits.MaxDepth)
            {
                throw At(source, e, $"nesting deeper than {StructuredLimits.MaxDepth} levels");
            }

            stack.Push(new Frame(node, anchor));
        }

        void Place(JsonNode? node, int nodes, ParsingEvent e)
        {
            if (!stack.TryPeek(out var top))
            {
                root = node;
                rootSet = true;
                return;
            }

            top.Nodes += nodes;
            if (top.Node is JsonArray array)
            {
                array.Add(node);
                return;
            }

            var obj = (JsonObject)top.Node;
            var key = top.PendingKey!;
            top.PendingKey = null;
            if (obj.ContainsKey(key))
            {
                throw At(source, e, $"duplicate key '{key}'");
            }

            obj.Add(key, node);
        }

        void Count(int nodes, ParsingEvent e)
        {
            total += nodes;
            if (total > StructuredLimits.MaxNodes)
            {
                throw At(source, e, $"more than {StructuredLimits.MaxNodes} values once aliases are expanded (an alias bomb?)");
            }
        }
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var v = scalar.Value;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(v);
        }

        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (v is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (v is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        // Numbers too stay the text written ("00123" as an id, "6.20"): the field reader that expects a number parses
        // it with StrictNumber and can name the field when it is refused.
        return JsonValue.Create(v);
    }

    private static InputException At(string source, ParsingEvent e, string what) => InputException.At(source, e.Start.Line, what);
}
