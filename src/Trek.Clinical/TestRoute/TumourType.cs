namespace Trek.Clinical.TestRoute;

/// <summary>
/// One entry of the tumour vocabulary: OncoTree code and name (or a Trek code where OncoTree has none), the
/// testing-route class with its source, and the synonyms and abbreviations accepted for it.
/// </summary>
public sealed record TumourType(
    string Code,
    string Name,
    TumourGroup Group,
    string GroupSource,
    bool InOncoTree,
    IReadOnlyList<string> Synonyms);
