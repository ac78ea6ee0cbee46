using System.Runtime.InteropServices;

namespace Trek.IO.Files;

/// <summary>
/// stat(2) from glibc, for the two facts .NET does not expose: the file type (FIFO, character device...)
/// and the device + inode pair that identifies a file whatever path or link names it. The struct is
/// read at its kernel ABI offsets: st_dev at 0 and st_ino at 8 on both 64-bit Linux ABIs, st_mode at 24
/// on x86-64 (after the 8-byte st_nlink) and at 16 on arm64 (asm-generic layout).
/// </summary>
internal static unsafe partial class PosixStat
{
    private const int BufferSize = 256;

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, byte* buffer);

    public static bool Supported { get; } = OperatingSystem.IsLinux() &&
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>The type and identity of <paramref name="path"/>, following links; null when it does not exist.</summary>
    public static (uint Mode, ulong Device, ulong Inode)? Of(string path)
    {
        var buffer = stackalloc byte[BufferSize];
        if (Stat(path, buffer) != 0)
        {
            return null;
        }

        var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        return (*(uint*)(buffer + modeOffset), *(ulong*)buffer, *(ulong*)(buffer + 8));
    }
}
