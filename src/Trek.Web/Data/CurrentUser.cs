namespace Trek.Web.Data;

/// <summary>
/// The account a change is recorded under in the audit log ("system" for seeding, migrations and background jobs).
/// In a request the name is read when it is used, not when the service is created: the Identity cookie handler builds
/// the database context (security-stamp check) before it sets the signed-in user, so a name captured then was "system"
/// for every page write.
/// </summary>
public sealed class CurrentUser
{
    public static readonly CurrentUser System = new("system");

    private readonly Func<string?> _name;

    public CurrentUser(string name) => _name = () => name;

    public CurrentUser(IHttpContextAccessor accessor) => _name = () => accessor.HttpContext?.User.Identity?.Name;

    public string Name => _name() ?? System.Name;
}
