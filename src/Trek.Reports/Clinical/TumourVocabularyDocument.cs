using Trek.Clinical.TestRoute;

namespace Trek.Reports.Clinical;

/// <summary>The JSON document of `trek test-route --list-tumours --json`: the vocabulary version and its entries.</summary>
public sealed record TumourVocabularyDocument(string Vocabulary, IReadOnlyList<TumourType> TumourTypes);
