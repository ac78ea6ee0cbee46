using Trek.Clinical.Resistance;

namespace Trek.Reports.Resistance;

/// <summary>
/// The report's resistance section: the findings of `trek resistance` (one variant, or a VCF's records), typed as the
/// library use case returns them. <see cref="FailingFilter"/> are shown apart and never as findings; <see cref="Refused"/>
/// counts the VCF records that use case could not interpret.
/// </summary>
public sealed record ResistanceSection(
    string Source,
    IReadOnlyList<ResistanceFinding> Passing,
    IReadOnlyList<ResistanceFinding> FailingFilter,
    int Refused)
{
    public static ResistanceSection FromCall(string source, ResistanceCall call) => new(source, [new ResistanceFinding(call, null)], [], 0);

    public static ResistanceSection FromVcf(VcfResistanceReport r) =>
        new(r.Source, r.Passing.Select(v => new ResistanceFinding(v.Call, v)).ToList(), r.FailingFilter.Select(v => new ResistanceFinding(v.Call, v)).ToList(), r.Refused.Count);
}
