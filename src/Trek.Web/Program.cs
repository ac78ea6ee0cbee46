using Trek.Web;

// Runs the registry directly: `dotnet run --project src/Trek.Web -- --Registry:SqlitePath=registry.db --Registry:Demo=true`.
// `trek serve` starts the same application (RegistryHost) with friendlier options.
var settings = new ConfigurationBuilder().AddCommandLine(args).AddEnvironmentVariables("TREK_").Build()
    .GetSection("Registry").Get<RegistrySettings>() ?? new RegistrySettings();
await RegistryHost.RunAsync(settings, urls: null, Console.Out, args);

/// <summary>Entry point type, named for tools that look it up.</summary>
public partial class Program;
