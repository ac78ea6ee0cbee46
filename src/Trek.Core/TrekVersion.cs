using System.Reflection;

namespace Trek.Core;

/// <summary>The version written into every output's provenance lines.</summary>
public static class TrekVersion
{
    public static string Current { get; } =
        typeof(TrekVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
