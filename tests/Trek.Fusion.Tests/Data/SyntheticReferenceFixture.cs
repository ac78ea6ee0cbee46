namespace Trek.Fusion.Tests.Data;

/// <summary>Builds the synthetic reference once for all tests of a class.</summary>
public sealed class SyntheticReferenceFixture
{
    internal SyntheticReference Reference { get; } = new();
}
