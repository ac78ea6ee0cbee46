using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// A laboratory result as reported: an exact number, or a censored one ("&lt;5", "&lt;=5", "&gt;1000", "&gt;=1000")
/// that a laboratory prints when the value is outside the assay's range. <see cref="Text"/> keeps what was written.
/// </summary>
public sealed record LabValue(LabValueKind Kind, decimal Bound, string Text)
{
    /// <summary>Parses a cell or option; numbers are Trek.Core's StrictNumber format (<see cref="ExactNumber"/>), no decimal comma.</summary>
    /// <exception cref="InputException">Not a plain number with an optional &lt;, &lt;=, &gt;, &gt;= prefix.</exception>
    public static LabValue Parse(string text, string what)
    {
        var t = text.Trim();
        var (kind, rest) = t switch
        {
            _ when t.StartsWith("<=", StringComparison.Ordinal) => (LabValueKind.AtMost, t[2..]),
            _ when t.StartsWith(">=", StringComparison.Ordinal) => (LabValueKind.AtLeast, t[2..]),
            _ when t.StartsWith('<') => (LabValueKind.Below, t[1..]),
            _ when t.StartsWith('>') => (LabValueKind.Above, t[1..]),
            _ => (LabValueKind.Exact, t),
        };
        if (!ExactNumber.TryParseDecimal(rest, out var bound, out var problem))
        {
            throw new InputException($"{what}: {problem}{(kind == LabValueKind.Exact ? "" : $" (after '{t[..(t.Length - rest.Length)]}')")}");
        }

        return new LabValue(kind, bound, t);
    }
}
