using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Api;
using Trek.Web.Data;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web;

/// <summary>
/// Builds the registry web application from <see cref="RegistrySettings"/>. Used by Program (run Trek.Web
/// directly), by `trek serve` and by the tests, so all three start the same application.
/// </summary>
public static class RegistryApp
{
    public const string LoginRateLimit = "login";

    public static WebApplication Build(RegistrySettings settings, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(RegistryApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(settings);
        AddDatabase(builder.Services, settings);
        AddSecurity(builder.Services, settings);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(sp => new CurrentUser(sp.GetRequiredService<IHttpContextAccessor>()));
        builder.Services.AddScoped<PatientOverviewService>();
        builder.Services.AddScoped<CohortService>();
        builder.Services.AddScoped<RegistryWriter>();
        builder.Services.AddScoped<Import.FusionImporter>();
        builder.Services.AddScoped<SampleReportService>();
        builder.Services.AddScoped<PatientSamplesLoader>();
        builder.Services.AddScoped<CbioportalStudyService>();
        builder.Services.AddSingleton<Jobs.FastqJobQueue>();
        builder.Services.AddScoped<Jobs.FastqJobService>();
        builder.Services.AddScoped<Jobs.FastqUploadReceiver>();
        builder.Services.AddHostedService<Jobs.FastqJobRunner>();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Policies.Read);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizePage("/Audit", Policies.Data);
            o.Conventions.AuthorizePage("/Patients/New", Policies.Clinical);
            o.Conventions.AuthorizePage("/Patients/Record", Policies.Clinical);
            o.Conventions.AuthorizePage("/Patients/Import", Policies.Data);
            o.Conventions.AuthorizePage("/Patients/Fastq", Policies.Data);
            o.Conventions.AddPageApplicationModelConvention("/Account/Login", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginRateLimit)));
        }).AddApplicationPart(typeof(RegistryApp).Assembly);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles;
        });
        // No patient data in logs: EF never logs parameter values (sensitive data logging stays off) and
        // SQL command text is only logged at Warning and above.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.Document);
        ApiRoutes.Map(app);
        return app;
    }

    /// <summary>
    /// Applies the migrations, creates the roles and the first admin account (returning its generated
    /// password, shown once, or null when the account existed or the password was given) and seeds the demo.
    /// </summary>
    public static async Task<string?> InitialiseAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL: readers do not block the writer; with synchronous=FULL (per connection) an acknowledged
            // commit is on disk before the response is sent.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var password = await AccountSeeder.SeedAsync(scope.ServiceProvider);
        var settings = scope.ServiceProvider.GetRequiredService<RegistrySettings>();
        if (settings.Demo)
        {
            await Demo.DemoSeeder.SeedAsync(scope.ServiceProvider, settings, cancellationToken);
        }

        return password;
    }

    private static void AddDatabase(IServiceCollection services, RegistrySettings settings)
    {
        if (settings.UsesPostgres)
        {
            services.AddDbContext<PostgresRegistryDbContext>(o => o.UseNpgsql(settings.PostgresConnection));
            services.AddScoped<RegistryDbContext>(sp => sp.GetRequiredService<PostgresRegistryDbContext>());
        }
        else
        {
            var path = settings.EffectiveSqlitePath;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            services.AddDbContext<SqliteRegistryDbContext>(o => o
                .UseSqlite($"Data Source={path};Foreign Keys=True;Default Timeout=30")
                .AddInterceptors(new SqlitePragmas()));
            services.AddScoped<RegistryDbContext>(sp => sp.GetRequiredService<SqliteRegistryDbContext>());
        }
    }

    private static void AddSecurity(IServiceCollection services, RegistrySettings settings)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<RegistryDbContext>()
            .AddDefaultTokenProviders();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization(Policies.Add);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.LoginPermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
