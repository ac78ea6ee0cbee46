using System.CommandLine;
using System.Text;
using Trek.Core;
using Trek.IO;
using Trek.IO.Files;

namespace Trek.Cli;

/// <summary>
/// The one mechanism every command uses for its files. A command declares its inputs and outputs
/// (by the option that names them); <see cref="Open"/> refuses, with one line, any output that is an
/// input (same device and inode, whatever path, symbolic or hard link names it), two outputs that
/// are one file, standard input or output claimed twice, two inputs that are one file, and an empty
/// path; then it creates every output's temporary file up front, so an unwritable folder fails
/// before the work. <see cref="Commit"/> publishes all outputs together only after every one was
/// written and flushed: a run that fails, even only on its last output, leaves none of them.
/// </summary>
internal sealed class CommandFiles(ParseResult parse) : IDisposable
{
    private readonly List<Declared> _inputs = [];
    private readonly List<Declared> _outputs = [];
    private readonly Dictionary<string, AtomicFile> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Target, string Temporary)> _directories = new(StringComparer.Ordinal);

    /// <summary>A main input file or "-"; null (option not given) is ignored.</summary>
    public CommandFiles Input(string option, string? path)
    {
        if (path is not null)
        {
            _inputs.Add(new Declared(option, path, Written: false));
        }

        return this;
    }

    /// <summary>Files read from a directory input (an index); only those that exist are compared.</summary>
    public CommandFiles InputsIn(string option, string? directory, params string[] names)
    {
        if (directory is not null)
        {
            _inputs.AddRange(names.Select(n => Path.Combine(directory, n)).Where(File.Exists).Select(p => new Declared(option, p, Written: false)));
        }

        return this;
    }

    /// <summary>An output file or "-" that this mechanism writes atomically; null (not requested) is ignored.</summary>
    public CommandFiles Output(string option, string? path)
    {
        if (path is not null)
        {
            _outputs.Add(new Declared(option, path, Written: true));
        }

        return this;
    }

    /// <summary>
    /// A directory of outputs (`trek fusions --evidence`): its parent must exist and it must not exist or be empty
    /// (never merged into or overwritten). <see cref="Open"/> creates a temporary sibling that <see cref="DirectoryPath"/>
    /// returns for writing; <see cref="Commit"/> renames it into place together with the files.
    /// </summary>
    /// <exception cref="UsageException">"-", a file, or a non-empty directory.</exception>
    /// <exception cref="DirectoryNotFoundException">The parent folder does not exist (exit 3).</exception>
    public CommandFiles OutputDirectory(string option, string? path)
    {
        if (path is null)
        {
            return this;
        }

        CheckNotEmpty(option, path);
        if (path == "-" || File.Exists(path))
        {
            throw new UsageException($"{option} {path}: give a directory to create (not a file or -)");
        }

        if (System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw new UsageException($"{option} {path}: the directory exists and is not empty; Trek does not write into it (choose a new one)");
        }

        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !System.IO.Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{option} {path}: folder {parent} does not exist (Trek does not create it)");
        }

        _directories[option] = (full, Path.Combine(parent, $".{Path.GetFileName(full)}.trek-tmp-{Guid.NewGuid():N}"));
        return this;
    }

    /// <summary>The temporary directory to write an <see cref="OutputDirectory"/> into.</summary>
    public string DirectoryPath(string option) => _directories[option].Temporary;

    /// <summary>
    /// Files another component writes into a directory (the index): checked against the inputs, not
    /// opened here. The directory itself may be new, but its parent must exist.
    /// </summary>
    public CommandFiles OutputsIn(string option, string directory, params string[] names)
    {
        CheckNotEmpty(option, directory);
        if (File.Exists(directory))
        {
            // Checked here, before any work: otherwise a file given as the folder (the input itself, say) was found only
            // when the first output was written, after the whole build, as a bare "already exists" I/O error.
            throw new UsageException($"{option} {directory} is a file, not a folder: name a folder for the output");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(directory));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{option} {directory}: folder {parent} does not exist (Trek does not create it)");
        }

        _outputs.AddRange(names.Select(n => new Declared(option, Path.Combine(directory, n), Written: false)));
        return this;
    }

    /// <summary>Checks the declarations, then creates the temporary file of every output.</summary>
    /// <exception cref="UsageException">An empty path, an output that is an input, or two names for one file.</exception>
    public CommandFiles Open()
    {
        foreach (var d in _inputs.Concat(_outputs))
        {
            CheckNotEmpty(d.Option, d.Path);
        }

        Twice(_inputs.Where(d => d.Path == "-").ToList(), "standard input (-) can feed only one input");
        Twice(_outputs.Where(d => d.Path == "-").ToList(), "only one output can go to standard output (-); name a file for the other");
        var inputs = Nodes(_inputs);
        var outputs = Nodes(_outputs);
        foreach (var (o, oNode) in outputs)
        {
            if (inputs.FirstOrDefault(i => i.Node.Identity == oNode.Identity) is { Declared: { } i })
            {
                throw new UsageException($"{o.Option} {o.Path} would overwrite the input {i.Option} {i.Path}; choose another output path");
            }
        }

        Same(outputs, "name the same output file");
        Same(inputs, "name the same file; each needs its own");
        foreach (var o in _outputs.Where(o => o.Written))
        {
            _paths[o.Option] = o.Path;
            if (o.Path != "-")
            {
                _open[o.Option] = AtomicFile.Create(o.Path);
            }
        }

        foreach (var (_, temporary) in _directories.Values)
        {
            System.IO.Directory.CreateDirectory(temporary);
        }

        return this;
    }

    /// <summary>Writes text to the output named by <paramref name="option"/>: the invocation's standard output for "-" (so tests capture it), else its temporary file.</summary>
    public void Write(string option, Action<TextWriter> write)
    {
        if (_paths[option] == "-")
        {
            var stdout = parse.InvocationConfiguration.Output;
            if (ReferenceEquals(stdout, Console.Out))
            {
                // The process's Console.Out flushes after every write: one system call per line (486,288 for the
                // table of `trek km` on 1M rows, 1.9 s of them). Written in 64 kB blocks instead; the stream is a dup of fd 1.
                using var buffered = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
                write(buffered);
                buffered.Flush();
                return;
            }

            write(stdout);
            stdout.Flush();
            return;
        }

        using var writer = new StreamWriter(_open[option].Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    }

    /// <summary>The byte stream of an output, for writers that take a <see cref="System.IO.Stream"/>; standard output for "-".</summary>
    public Stream Stream(string option)
    {
        if (!_open.TryGetValue(option, out var file))
        {
            file = AtomicFile.Create(_paths[option]);
            _open[option] = file;
        }

        return file.Stream;
    }

    /// <summary>True when the option was given (an optional output was requested).</summary>
    public bool Has(string option) => _paths.ContainsKey(option);

    /// <summary>Flushes every output (a full disk fails here, with nothing replaced yet), then renames each temporary file over its target.</summary>
    public void Commit()
    {
        foreach (var file in _open.Values)
        {
            file.Finish();
        }

        // Directories first: a failed rename leaves no file published either.
        foreach (var (target, temporary) in _directories.Values)
        {
            if (System.IO.Directory.Exists(target))
            {
                System.IO.Directory.Delete(target); // empty (checked when declared); Move needs the name free
            }

            System.IO.Directory.Move(temporary, target);
        }

        foreach (var file in _open.Values)
        {
            file.Commit();
        }
    }

    /// <summary>Deletes every temporary file and directory not committed.</summary>
    public void Dispose()
    {
        foreach (var (_, temporary) in _directories.Values)
        {
            try
            {
                if (System.IO.Directory.Exists(temporary))
                {
                    System.IO.Directory.Delete(temporary, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        // Every file gets its turn even if one fails again (a full disk), so no temporary file is skipped.
        foreach (var file in _open.Values)
        {
            try
            {
                file.Dispose();
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static void CheckNotEmpty(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"{option}: the path is empty; give a file name{(option.StartsWith("--index", StringComparison.Ordinal) ? "" : " or - for standard input/output")}");
        }
    }

    private static void Twice(List<Declared> claims, string what)
    {
        if (claims.Count > 1)
        {
            throw new UsageException($"{claims[0].Option} - and {claims[1].Option} -: {what}");
        }
    }

    /// <summary>Each declared file with its identity; standard streams and devices (/dev/null twice is fine) are not compared.</summary>
    private static List<(Declared Declared, FileNode Node)> Nodes(List<Declared> files) =>
        files.Where(d => d.Path != "-").Select(d => (d, FileNode.Of(d.Path))).Where(x => !x.Item2.IsSpecial).ToList();

    private static void Same(List<(Declared Declared, FileNode Node)> files, string what)
    {
        foreach (var group in files.GroupBy(f => f.Node.Identity).Where(g => g.Count() > 1))
        {
            var (a, b) = (group.First().Declared, group.Skip(1).First().Declared);
            throw new UsageException(a.Option == b.Option
                ? $"{a.Option} is given the same file twice ({a.Path}, {b.Path})"
                : $"{a.Option} {a.Path} and {b.Option} {b.Path} {what}");
        }
    }

    private sealed record Declared(string Option, string Path, bool Written);
}
