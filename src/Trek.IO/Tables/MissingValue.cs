namespace Trek.IO.Tables;

/// <summary>
/// The one definition of a missing cell for every table Trek reads: empty (after trimming), "." (Trek's own
/// TSV outputs, house style) or "NA" in any case (R's write.csv). Anything else is a value and must parse.
/// </summary>
public static class MissingValue
{
    public static bool Is(string trimmed) =>
        trimmed.Length == 0 || trimmed == "." || trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase);
}
