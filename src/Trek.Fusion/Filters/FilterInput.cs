using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>What a filter sees: the call, both genes (5' gene null for a novel partner) and the reads one gene alone explains as well.</summary>
public sealed record FilterInput(FusionCall Call, Gene? FivePrime, Gene ThreePrime, long HomologousReads);
