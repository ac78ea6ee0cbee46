namespace Trek.Fuzz;

/// <summary>
/// One parser under fuzzing: its seeds (real files, read once) and how one input is fed to it. An input passes when
/// <see cref="Execute"/> returns or throws Trek's documented bad-input exception (<see cref="Trek.Core.InputException"/>);
/// anything else is a crash.
/// </summary>
internal abstract class FuzzTarget
{
    public abstract string Name { get; }

    /// <summary>The seed inputs, built from files in examples/ and the tests' fixtures.</summary>
    public abstract IReadOnlyList<byte[]> Seeds(Repository repo);

    /// <summary>Parses one input; <paramref name="scratch"/> is a folder for parsers that take a path.</summary>
    public abstract void Execute(byte[] input, string scratch);
}
