using Trek.Clinical.TestRoute;
using Trek.Reports.Samples;

namespace Trek.Reports.Interpretation;

/// <summary>
/// Solid or haematological. An explicit `tumour_class` wins; otherwise a tumour type that `trek test-route`'s
/// catalogue recognises (its groups, ESMO 2019, are all solid tumours) is solid; anything else stays unknown.
/// </summary>
public static class TumourClassifier
{
    public static TumourClass Classify(SampleInfo sample)
    {
        if (sample.TumourClass != TumourClass.Unknown || sample.TumourType is null)
        {
            return sample.TumourClass;
        }

        return TumourCatalogue.Classify(sample.TumourType) == TumourGroup.Other ? TumourClass.Unknown : TumourClass.Solid;
    }
}
