using System.IO.Compression;

namespace Trek.Fuzz;

/// <summary>The repository checkout (the folder holding Trek.slnx) and its seed files.</summary>
internal sealed class Repository(string root)
{
    public string Root { get; } = root;

    public static Repository Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Trek.slnx")))
        {
            dir = dir.Parent;
        }

        return new Repository(dir?.FullName ?? throw new InvalidOperationException("Trek.slnx not found above " + AppContext.BaseDirectory));
    }

    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Root, relative));

    /// <summary>The first <paramref name="lines"/> lines of a gzip file's content.</summary>
    public byte[] GunzipHead(string relative, int lines)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Root, relative)), CompressionMode.Decompress));
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines && reader.ReadLine() is { } line; i++)
        {
            text.Append(line).Append('\n');
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
