namespace Trek.Web.Jobs;

/// <summary>A FASTQ pair stored in a new job folder: the sample it is for, the folder, and each mate's display name and size.</summary>
public sealed record ReceivedFastq(long SampleId, string Folder, string FolderPath, string Read1Name, long Read1Bytes, string Read2Name, long Read2Bytes);
