namespace Trek.Web.Tests;

/// <summary>The checkout root (the folder with Trek.slnx), found upwards from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Example(string relative) => Path.Combine(Root, "examples", relative);

    private static string Find()
    {
        var built = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, built }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Trek.slnx")))
                {
                    return Path.GetFullPath(dir.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException("Trek.slnx not found above " + AppContext.BaseDirectory);
    }
}
