namespace Trek.IO.Files;

/// <summary>What a path names, as stat(2) reports it after following symbolic links.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
