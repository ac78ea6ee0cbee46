using System.Text;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// Mate names agree when equal after dropping a trailing mate number: "/1" "/2" (old Illumina), ".1" ".2"
/// (SRA fastq-dump --readids) or "_1" "_2". CASAVA 1.8+ puts the mate number in the comment, which is already cut off.
/// </summary>
internal static class MateNames
{
    public static bool Match(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => Trim(a).SequenceEqual(Trim(b));

    public static string Show(ReadOnlySpan<byte> name) => Encoding.ASCII.GetString(name.Length > 60 ? name[..60] : name);

    /// <summary>The name without its trailing mate number.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> name) =>
        name.Length >= 2 && (name[^2] == (byte)'/' || name[^2] == (byte)'.' || name[^2] == (byte)'_') && (name[^1] == (byte)'1' || name[^1] == (byte)'2') ? name[..^2] : name;
}
