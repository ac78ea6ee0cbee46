using Trek.Clinical.Resistance;

namespace Trek.Cli.Commands.Clinical;

/// <summary>The JSON document of `trek resistance --vcf`: the input and one call per reported protein change.</summary>
internal sealed record VcfResistanceDocument(string Source, IReadOnlyList<ResistanceCall> Variants);
