namespace Trek.Fusion.Annotation;

/// <summary>The strand of a gene, transcript or breakpoint on the reference (GTF column 7).</summary>
public enum Strand
{
    Plus,
    Minus,
}
