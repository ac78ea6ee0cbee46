namespace Trek.Web.Data;

/// <summary>The account a change is recorded under in the audit log ("system" for seeding and migrations).</summary>
public sealed class CurrentUser(string name)
{
    public static readonly CurrentUser System = new("system");

    public string Name { get; } = name;
}
