namespace Trek.IO.Files;

/// <summary>
/// A path resolved to the file it names: its kind and an identity equal for every path (hard link,
/// symbolic link, "./x", "../d/x") naming the same file. Used to refuse an output that would replace
/// an input, and to write pipes and devices in place rather than renaming a file over them.
/// </summary>
public readonly record struct FileNode(FileKind Kind, string Identity)
{
    private const uint TypeMask = 0xF000;

    /// <summary>True for files that must be written in place: a FIFO, a character or block device, a socket.</summary>
    public bool IsSpecial => Kind is FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket;

    public static FileNode Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (PosixStat.Supported)
        {
            if (PosixStat.Of(full) is { } st)
            {
                return new FileNode(KindOf(st.Mode), $"inode:{st.Device}:{st.Inode}");
            }

            return new FileNode(FileKind.Missing, "path:" + MissingIdentity(full));
        }

        var kind = Directory.Exists(full) ? FileKind.Directory : File.Exists(full) ? FileKind.Regular : FileKind.Missing;
        return new FileNode(kind, "path:" + (kind == FileKind.Missing ? MissingIdentity(full) : RealPath(full)));
    }

    /// <summary>The final target of a chain of symbolic links (the path itself when it is not a link).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (!Directory.Exists(Path.GetDirectoryName(full)) || info.LinkTarget is null)
        {
            return full;
        }

        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>A file that does not exist yet is identified by its real folder and its name, so two outputs to one new path still collide.</summary>
    private static string MissingIdentity(string full)
    {
        var dir = Path.GetDirectoryName(full);
        if (dir is null)
        {
            return full;
        }

        var parent = Of(dir);
        return parent.Kind == FileKind.Missing ? full : parent.Identity + "/" + Path.GetFileName(full);
    }

    private static FileKind KindOf(uint mode) => (mode & TypeMask) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Regular,
    };
}
