namespace Trek.Fusion.Annotation;

/// <summary>The GTF/BED strand characters ('+', '-') to and from <see cref="Strand"/>; any other character is refused by the caller, never read as '+'.</summary>
public static class Strands
{
    public static bool TryParse(char c, out Strand strand)
    {
        strand = c == '-' ? Strand.Minus : Strand.Plus;
        return c is '+' or '-';
    }

    public static char Symbol(Strand strand) => strand == Strand.Minus ? '-' : '+';
}
