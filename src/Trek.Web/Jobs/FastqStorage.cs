using System.Text;

namespace Trek.Web.Jobs;

/// <summary>
/// Where uploaded FASTQ pairs live: one new folder per job under the jobs directory (default `registry-jobs` beside the
/// SQLite file, or in the working directory with PostgreSQL), with fixed file names; nothing the uploader typed becomes
/// part of a path, and files are created with CreateNew, so nothing is ever overwritten.
/// </summary>
public static class FastqStorage
{
    public const string Read1File = "R1.fastq";
    public const string Read2File = "R2.fastq";

    public static string Root(RegistrySettings settings) => Path.GetFullPath(settings.JobsDirectory
        ?? (settings.UsesPostgres ? "registry-jobs" : Path.Combine(Path.GetDirectoryName(settings.EffectiveSqlitePath)!, "registry-jobs")));

    /// <summary>The folder of a job; <paramref name="name"/> is the generated name stored with the job.</summary>
    public static string JobFolder(RegistrySettings settings, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? Path.Combine(Root(settings), name)
            : throw new InvalidOperationException($"job folder name '{name}' is not one the registry generates");

    /// <summary>Creates a new, empty job folder with a fresh name.</summary>
    public static (string Name, string Path) NewJobFolder(RegistrySettings settings)
    {
        var root = Root(settings);
        Directory.CreateDirectory(root);
        var name = $"upload-{Guid.NewGuid():N}";
        var path = System.IO.Path.Combine(root, name);
        if (Directory.Exists(path))
        {
            throw new IOException($"{path} exists already");
        }

        Directory.CreateDirectory(path);
        return (name, path);
    }

    /// <summary>An uploaded file name for display: the last path part, only letters, digits, '.', '_' and '-', at most 100 characters.</summary>
    public static string DisplayName(string? uploaded)
    {
        var name = Path.GetFileName((uploaded ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new StringBuilder();
        foreach (var c in name)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        var text = clean.ToString().TrimStart('.');
        return text.Length == 0 ? "unnamed" : text.Length > 100 ? text[..100] : text;
    }
}
