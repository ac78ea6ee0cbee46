namespace Trek.Web.Security;

/// <summary>
/// The four roles, weakest first. Each role may do everything a weaker one may: viewers read, clinicians
/// also record clinical data, data managers also import files, run jobs and read the audit log, admins
/// also manage accounts.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Clinician = "clinician";
    public const string DataManager = "datamanager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Clinician, DataManager, Admin];

    /// <summary>The roles at least as strong as <paramref name="role"/>.</summary>
    public static string[] AtLeast(string role)
    {
        var i = All.ToList().IndexOf(role);
        return i < 0 ? throw new ArgumentException($"unknown role '{role}'", nameof(role)) : All.Skip(i).ToArray();
    }

    public static bool IsKnown(string role) => All.Contains(role);
}
