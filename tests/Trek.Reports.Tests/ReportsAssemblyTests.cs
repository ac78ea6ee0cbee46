namespace Trek.Reports.Tests;

public sealed class ReportsAssemblyTests
{
    [Fact]
    public void Reports_assembly_is_named_trek_reports() =>
        Assert.Equal("Trek.Reports", ReportsAssembly.Assembly.GetName().Name);
}
