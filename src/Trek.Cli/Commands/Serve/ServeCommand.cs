using System.CommandLine;
using Trek.Core;
using Trek.Web;

namespace Trek.Cli.Commands.Serve;

/// <summary>
/// `trek serve`: the registry web application (docs/registry.md) on SQLite (one file, the default) or
/// PostgreSQL, until Ctrl-C or SIGTERM. Only parses options; RegistryHost starts the same application
/// as `dotnet run --project src/Trek.Web`.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Address(es) to listen on, ';'-separated (default: {DefaultUrls}, this machine only).", DefaultValueFactory = _ => DefaultUrls };
        var db = new Option<string?>("--db") { Description = "SQLite database file, created with its schema when missing (default: registry.db in the working directory)." };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of a SQLite file, e.g. \"Host=127.0.0.1;Username=trek;Password=...;Database=trek\" (default: none)." };
        var demo = new Option<bool>("--demo") { Description = "Load the synthetic demo patients of examples/registry-demo into an empty registry (default: off)." };
        var examples = new Option<string?>("--examples") { Description = "Folder holding examples/ for --demo (default: found upwards from the working directory)." };
        var adminUser = new Option<string>("--admin-user") { Description = "Name of the first admin account, created when no admin exists (default: admin).", DefaultValueFactory = _ => "admin" };
        var adminPassword = new Option<string?>("--admin-password") { Description = "Password of that first account, at least 12 characters (default: generated and printed once on stdout)." };
        var fusionIndex = new Option<string?>("--index", "--fusion-index") { Description = "A `trek index` directory for FASTQ detection jobs on the patient page (default: none; FASTQ uploads are refused with a message)." };
        var command = new Command("serve", "Start the registry web application and API (patients, fusions, eligibility, dose, visits, response, cohort) on SQLite or PostgreSQL.")
        {
            urls, db, postgres, demo, examples, adminUser, adminPassword, fusionIndex,
        };
        command.SetAction(parse =>
        {
            var sqlite = parse.GetValue(db);
            var connection = parse.GetValue(postgres);
            if (sqlite is not null && connection is not null)
            {
                throw new UsageException("give --db FILE or --postgres CONNECTION, not both");
            }

            var listen = CheckUrls(parse.GetValue(urls)!);
            var settings = new RegistrySettings
            {
                SqlitePath = sqlite,
                PostgresConnection = connection,
                Demo = parse.GetValue(demo),
                ExamplesDirectory = parse.GetValue(examples),
                AdminUser = parse.GetValue(adminUser)!,
                AdminPassword = parse.GetValue(adminPassword),
                FusionIndex = CheckIndex(parse.GetValue(fusionIndex)),
            };
            TrekCli.CommandStopsItself = true;
            RegistryHost.RunAsync(settings, listen, parse.InvocationConfiguration.Output).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An index directory must hold the files `trek index` writes (loaded, and verified, by the first FASTQ job).</summary>
    private static string? CheckIndex(string? directory)
    {
        if (directory is null)
        {
            return null;
        }

        var missing = new[] { Trek.Fusion.Index.IndexStore.DataFile, Trek.Fusion.Index.IndexStore.ManifestFile }.Where(f => !File.Exists(Path.Combine(directory, f))).ToList();
        return missing.Count == 0
            ? Path.GetFullPath(directory)
            : throw new InputException($"--index {directory}: not a `trek index` directory (no {string.Join(" or ", missing)})");
    }

    /// <summary>Each address must be an absolute http or https URL (Kestrel's own message names no option).</summary>
    private static string CheckUrls(string value)
    {
        foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new UsageException($"--urls: `{url}` is not an http:// or https:// address (e.g. {DefaultUrls})");
            }
        }

        return value;
    }
}
