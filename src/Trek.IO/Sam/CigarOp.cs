namespace Trek.IO.Sam;

/// <summary>One CIGAR operation (SAM v1.6 §1.4.6): its length and op letter, one of MIDNSHP=X.</summary>
public readonly record struct CigarOp(int Length, char Op)
{
    /// <summary>The op consumes query (read) bases: M, I, S, =, X.</summary>
    public bool ConsumesQuery => Op is 'M' or 'I' or 'S' or '=' or 'X';

    /// <summary>The op consumes reference bases: M, D, N, =, X.</summary>
    public bool ConsumesReference => Op is 'M' or 'D' or 'N' or '=' or 'X';
}
