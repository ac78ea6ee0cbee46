using System.Runtime.InteropServices;

namespace Trek.IO.Compression;

/// <summary>
/// The zlib(-ng) inflater that ships inside the .NET runtime (libSystem.IO.Compression.Native, exports
/// versioned V1.0). Called directly instead of through GZipStream because GZipStream ends silently on a
/// truncated file; the raw inflater tells end-of-member apart from end-of-input, and checks each
/// member's CRC-32 and length.
/// </summary>
internal static unsafe partial class ZlibNative
{
    private const string Library = "libSystem.IO.Compression.Native";

    public const int ZOk = 0;
    public const int ZStreamEnd = 1;
    public const int ZBufError = -5;
    public const int ZNoFlush = 0;

    /// <summary>15-bit window, gzip wrapper only (zlib: windowBits + 16).</summary>
    public const int GzipWindowBits = 31;

    [StructLayout(LayoutKind.Sequential)]
    public struct ZStream
    {
        public byte* NextIn;
        public byte* NextOut;
        public sbyte* Message;
        public nint InternalState;
        public uint AvailIn;
        public uint AvailOut;
    }

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateInit2_")]
    public static partial int InflateInit2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_Inflate")]
    public static partial int Inflate(ZStream* stream, int flush);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateReset2_")]
    public static partial int InflateReset2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateEnd")]
    public static partial int InflateEnd(ZStream* stream);
}
