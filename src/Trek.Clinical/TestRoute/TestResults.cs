namespace Trek.Clinical.TestRoute;

/// <summary>The results so far for one tumour. Unset assays are <see cref="AssayResult.NotDone"/>.</summary>
public sealed record TestResults(
    AssayResult Ihc = AssayResult.NotDone,
    AssayResult Fish = AssayResult.NotDone,
    AssayResult RtPcr = AssayResult.NotDone,
    AssayResult DnaNgs = AssayResult.NotDone,
    AssayResult RnaNgs = AssayResult.NotDone);
