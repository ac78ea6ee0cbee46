namespace Trek.Fusion.Tests.Data;

/// <summary>Builds the synthetic reference once for all tests of a class, and deletes its folder afterwards.</summary>
public sealed class SyntheticReferenceFixture : IDisposable
{
    internal SyntheticReference Reference { get; } = new();

    public void Dispose() => Directory.Delete(Reference.Dir, recursive: true);
}
