namespace Trek.Reports;

/// <summary>Marker for the writers' assembly (used to locate embedded report resources).</summary>
public static class ReportsAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(ReportsAssembly).Assembly;
}
