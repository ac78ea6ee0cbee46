using Trek.Web;

// Runs the registry directly: `dotnet run --project src/Trek.Web -- --Registry:SqlitePath=registry.db --Registry:Demo=true`.
// `trek serve` starts the same application with friendlier options.
var settings = new ConfigurationBuilder().AddCommandLine(args).AddEnvironmentVariables("TREK_").Build()
    .GetSection("Registry").Get<RegistrySettings>() ?? new RegistrySettings();
var app = RegistryApp.Build(settings, args);
var password = await RegistryApp.InitialiseAsync(app);
if (password is not null)
{
    Console.WriteLine($"First admin account: user '{settings.AdminUser}', password '{password}' (shown once; change it after signing in).");
}

await app.RunAsync();

/// <summary>Entry point type, named for tools that look it up.</summary>
public partial class Program;
