namespace Trek.IO.Tables;

/// <summary>
/// The columns a table input may have. Missing required columns are refused; a header column that is
/// neither required nor optional is refused when it is one or two edits from a known column (a misspelt
/// `last_assesment_date` must not silently drop censoring), otherwise reported as a warning that it is
/// not used. <see cref="OpenColumns"/> tables (`trek km`, where the user names the columns) accept any other column.
/// </summary>
public sealed record TableSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional, bool OpenColumns = false)
{
    /// <summary>A schema where the caller chooses the columns and every other column is simply not used.</summary>
    public static TableSchema Open(params string[] required) => new(required, [], OpenColumns: true);

    public IEnumerable<string> Known => Required.Concat(Optional);
}
