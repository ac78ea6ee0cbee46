using Trek.Clinical.TestRoute;

namespace Trek.Cli.Commands.Clinical;

/// <summary>The JSON document of `trek test-route --list-tumours --json`: the vocabulary version and its entries.</summary>
internal sealed record TumourVocabularyDocument(string Vocabulary, IReadOnlyList<TumourType> TumourTypes);
