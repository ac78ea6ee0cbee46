using System.Runtime.InteropServices;
using Trek.Core;

namespace Trek.IO.Compression;

/// <summary>
/// Forward-only gzip decompressor that fails loudly: a truncated file, a corrupt block or a CRC/length
/// mismatch throws <see cref="InvalidDataException"/> saying what and at which compressed offset.
/// Handles multi-member files (pigz, cat a.gz b.gz, BGZF). Trailing zero padding is tolerated as gzip does.
/// Given the input's name (<see cref="InputFile.OpenRead"/> does), the failure is an <see cref="InputException"/>
/// naming the file instead: a damaged .gz is the user's input to fix (exit 2), whichever reader is reading it.
/// </summary>
public sealed unsafe class GzipReader : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly string? _source;
    private readonly byte[] _input;
    private ZlibNative.ZStream* _z;
    private long _compressedRead;
    private long _position;
    private bool _innerEof;
    private bool _finished;

    /// <param name="inner">The compressed bytes; owned.</param>
    /// <param name="bufferSize">Compressed bytes read at a time.</param>
    /// <param name="source">The input's name for errors: when given, damage throws <see cref="InputException"/> naming it, else <see cref="InvalidDataException"/>.</param>
    public GzipReader(Stream inner, int bufferSize = 1 << 18, string? source = null)
    {
        _inner = inner;
        _source = source;
        _input = GC.AllocateUninitializedArray<byte>(bufferSize, pinned: true);
        _z = (ZlibNative.ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZlibNative.ZStream));
        var rc = ZlibNative.InflateInit2(_z, ZlibNative.GzipWindowBits);
        if (rc != ZlibNative.ZOk)
        {
            throw new InvalidOperationException($"zlib inflateInit2 failed ({rc})");
        }
    }

    /// <summary>Compressed bytes consumed so far, for progress: a snapshot the reading thread publishes, safe to read from any thread at any time.</summary>
    public long CompressedPosition => Volatile.Read(ref _position);

    public override int Read(Span<byte> buffer)
    {
        if (_finished || buffer.IsEmpty)
        {
            return 0;
        }

        fixed (byte* output = buffer)
        {
            fixed (byte* input = _input)
            {
                while (true)
                {
                    if (_z->AvailIn == 0 && !_innerEof)
                    {
                        Refill(input);
                    }

                    if (_z->AvailIn == 0 && _innerEof)
                    {
                        throw Damaged($"truncated gzip: the file ends inside compressed data (after {_compressedRead:N0} bytes)");
                    }

                    _z->NextOut = output;
                    _z->AvailOut = (uint)buffer.Length;
                    var rc = ZlibNative.Inflate(_z, ZlibNative.ZNoFlush);
                    var produced = buffer.Length - (int)_z->AvailOut;
                    Volatile.Write(ref _position, _compressedRead - _z->AvailIn);
                    if (rc == ZlibNative.ZStreamEnd)
                    {
                        StartNextMember(input);
                        if (produced > 0 || _finished)
                        {
                            return produced;
                        }

                        continue;
                    }

                    if (rc != ZlibNative.ZOk && rc != ZlibNative.ZBufError)
                    {
                        var msg = _z->Message == null ? $"zlib error {rc}" : new string(_z->Message);
                        throw Damaged($"corrupt gzip data near compressed byte {_compressedRead - _z->AvailIn:N0}: {msg}");
                    }

                    if (produced > 0)
                    {
                        return produced;
                    }
                }
            }
        }
    }

    private Exception Damaged(string what) =>
        _source is null ? new InvalidDataException(what) : InputException.At(_source, null, $"{what}; the file is damaged or incomplete (check it with gzip -t)");

    private void Refill(byte* input)
    {
        var n = _inner.Read(_input, 0, _input.Length);
        if (n == 0)
        {
            _innerEof = true;
            return;
        }

        _compressedRead += n;
        _z->NextIn = input;
        _z->AvailIn = (uint)n;
    }

    /// <summary>After one member ends: another member, zero padding, or the end of the file.</summary>
    private void StartNextMember(byte* input)
    {
        while (true)
        {
            if (_z->AvailIn == 0)
            {
                if (_innerEof)
                {
                    _finished = true;
                    return;
                }

                Refill(input);
                continue;
            }

            if (*_z->NextIn == 0)
            {
                _z->NextIn++;
                _z->AvailIn--;
                continue;
            }

            ZlibNative.InflateReset2(_z, ZlibNative.GzipWindowBits);
            return;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_z != null)
        {
            ZlibNative.InflateEnd(_z);
            NativeMemory.Free(_z);
            _z = null;
        }

        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
