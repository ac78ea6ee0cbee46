using System.IO.MemoryMappedFiles;

namespace Trek.Fusion.Index;

/// <summary>
/// `trek.idx` mapped read-only into memory: the k-mer table is used in place, so loading costs a checksum pass, not a
/// parse, and processes on one machine share the pages. The file is never written through the mapping (it is opened
/// read-only; `trek index` replaces it by rename, so a running process keeps the old file). Unmapped by
/// <see cref="Dispose"/>, or by the finaliser once nothing refers to the index.
/// </summary>
internal sealed unsafe class IndexMapping : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _base;

    public IndexMapping(string path, long length)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            _file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        try
        {
            _view = _file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        }
        catch
        {
            _file.Dispose();
            throw;
        }

        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref _base);
        Length = length;
        Pointer = _base + _view.PointerOffset;
    }

    ~IndexMapping() => Release();

    /// <summary>The first byte of the file.</summary>
    public byte* Pointer { get; }

    public long Length { get; }

    public void Dispose()
    {
        Release();
        _view.Dispose();
        _file.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives back the pointer (the view's handle cannot close while it is held); SafeHandle finalisers run after this one.</summary>
    private void Release()
    {
        if (_base != null)
        {
            _base = null;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }
}
