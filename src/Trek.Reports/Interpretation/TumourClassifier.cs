using Trek.Reports.Samples;

namespace Trek.Reports.Interpretation;

/// <summary>
/// Solid or haematological. An explicit `tumour_class` wins; otherwise a tumour type resolved in `trek test-route`'s
/// vocabulary is solid (its entries are OncoTree solid-tumour types); with neither, the class stays unknown.
/// </summary>
public static class TumourClassifier
{
    public static TumourClass Classify(SampleInfo sample) =>
        sample.TumourClass != TumourClass.Unknown ? sample.TumourClass
        : sample.TumourType is not null ? TumourClass.Solid
        : TumourClass.Unknown;
}
