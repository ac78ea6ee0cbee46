namespace Trek.IO.Fasta;

/// <summary>One FASTA record: the id (first word of the header), the rest of the header, and the sequence.</summary>
public sealed record FastaRecord(string Id, string Description, string Sequence);
