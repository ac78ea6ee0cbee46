using Microsoft.Playwright;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>
/// Issue 12's browser test: Debian's chromium (headless, the package's own executable, no Playwright browser
/// download) driven by Microsoft.Playwright through the real pages of a registry on a SQLite file. It signs in,
/// registers a patient, adds a sample and height/weight, uploads the bundled fusion TSV, records three visits and
/// reads ETV6::NTRK3, the eligibility verdict, the dose and the response on the patient page. Screenshots of each
/// step go to out/test-artifacts/registry-browser/ (docs/registry-patient.png is a copy of the last one).
/// </summary>
public sealed class BrowserTests(SqliteRegistryServer server) : IClassFixture<SqliteRegistryServer>
{
    private static readonly string Artifacts = Path.Combine(RepoPaths.Root, "out", "test-artifacts", "registry-browser");

    /// <summary>The Debian package's executable (scripts/test.sh installs `chromium`); TREK_CHROMIUM overrides, as for PDF output.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("TREK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    [Fact]
    public async Task Browser_RegisterUploadVisit_PatientPageShowsFusionVerdictDoseAndResponse()
    {
        Directory.CreateDirectory(Artifacts);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // --no-sandbox: the tests run as root in CI, where chromium's sandbox refuses to start.
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();

        // Nothing without signing in: the patient list sends the browser to the sign-in page.
        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url);
        await page.GetByLabel("User name").FillAsync(RegistryServer.UserOf(Roles.DataManager));
        await page.GetByLabel("Password").FillAsync(RegistryServer.Password);
        await Shot(page, "01-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));

        // Register a patient: an infant with infantile fibrosarcoma, first dose 2024-01-08.
        var code = "PW" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await page.GetByRole(AriaRole.Link, new() { Name = "Register a patient" }).ClickAsync();
        await page.GetByLabel("Study code").FillAsync(code);
        await page.GetByLabel("Birth date").FillAsync("2023-02-01");
        await page.GetByLabel("Sex").SelectOptionAsync(new SelectOptionValue { Label = "Female" });
        await page.GetByLabel("Diagnosis").FillAsync("infantile fibrosarcoma");
        await page.GetByLabel("First dose").FillAsync("2024-01-08");
        await page.GetByLabel("Last known alive").FillAsync("2024-12-01");
        await Shot(page, "02-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.WaitForURLAsync("**/Patients/View/*");
        var patientUrl = page.Url;
        Assert.Equal($"Patient {code}", await page.Locator("h1").InnerTextAsync());

        // A sample and the height and weight (the dose needs them).
        await page.GetByRole(AriaRole.Link, new() { Name = "Record samples" }).ClickAsync();
        var sample = page.Locator("fieldset", new() { HasText = "Sample" }).First;
        await sample.GetByLabel("Code").FillAsync(code + "-S1");
        await sample.GetByLabel("Specimen").FillAsync("FFPE tumour tissue");
        await sample.GetByLabel("Collected").FillAsync("2023-12-15");
        await sample.GetByRole(AriaRole.Button, new() { Name = "Add sample" }).ClickAsync();
        await page.WaitForURLAsync(patientUrl);
        await RecordAsync(page, "Height and weight", async f =>
        {
            await f.GetByLabel("Date").FillAsync("2024-01-08");
            await f.GetByLabel("Height (cm)").FillAsync("75");
            await f.GetByLabel("Weight (kg)").FillAsync("9.5");
        }, "Add measurement", patientUrl);

        // Upload the bundled `trek fusions` TSV (9 calls, ETV6::NTRK3 among them).
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a fusion TSV" }).ClickAsync();
        await page.GetByLabel("File").SetInputFilesAsync(RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"));
        await Shot(page, "03-upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForURLAsync(patientUrl);

        // Visits: baseline target lesion 40 mm, then 20 mm (-50 %) and 18 mm (-55 %) 8 weeks apart.
        foreach (var (date, mm) in new[] { ("2024-01-02", "40"), ("2024-03-04", "20"), ("2024-04-29", "18") })
        {
            await RecordAsync(page, "Assessment visit", async f =>
            {
                await f.GetByLabel("Date").FillAsync(date);
                await f.Locator("input[name='visit.Lesions[0].Lesion']").FillAsync("T1");
                await f.Locator("select[name='visit.Lesions[0].Kind']").SelectOptionAsync("Target");
                await f.Locator("input[name='visit.Lesions[0].Organ']").FillAsync("soft tissue");
                await f.Locator("input[name='visit.Lesions[0].DiameterMm']").FillAsync(mm);
            }, "Add visit", patientUrl);
        }

        // The patient page.
        await Shot(page, "04-patient");
        var fusions = page.Locator("table.fusions");
        Assert.Equal(9, await fusions.Locator("tr").CountAsync() - 1); // examples/pizzly-spikein/expected_fusions.tsv has 9 calls
        Assert.Equal(1, await fusions.Locator("td", new() { HasTextString = "ETV6::NTRK3" }).CountAsync());
        // The uploaded ETV6::NTRK3 call is an RNA NGS result, positive: the testing route asks for no further test (ESMO 2019).
        Assert.Contains("Conclusion: fusion_confirmed; next test: none.", await page.Locator("#testing p").First.InnerTextAsync());
        Assert.Equal("Met", await page.Locator("#eligibility tr", new() { HasTextString = "NTRK" }).First.Locator("td").Nth(1).InnerTextAsync());
        // No labs recorded: the organ-function criteria are unknown, and unknown counts as not met.
        Assert.Equal("Verdict: not_eligible", await page.Locator("#eligibility .verdict").InnerTextAsync());
        // Mosteller BSA = sqrt(75 cm x 9.5 kg / 3600) = 0.44488 m2; 100 mg/m2 x 0.4449 = 44.49 -> 44.5 mg twice daily (label 2.2).
        Assert.StartsWith("Larotrectinib 44.5 mg twice daily", await page.Locator("#dose .dose").InnerTextAsync());
        // 40 -> 20 mm is -50 % (PR, RECIST 1.1 §4.3.2: at least -30 %), confirmed by 18 mm 56 days later (>= 28, §4.6.1).
        var bor = await page.Locator("#response .bor").InnerTextAsync();
        Assert.StartsWith("Best overall response: PR — PR on 2024-03-04", bor);
        Assert.Equal("-50.0", await page.Locator("#response tr", new() { HasTextString = "2024-03-04" }).Locator("td").Nth(3).InnerTextAsync());
    }

    private static async Task RecordAsync(IPage page, string legend, Func<ILocator, Task> fill, string button, string patientUrl)
    {
        await page.GotoAsync(patientUrl.Replace("/Patients/View/", "/Patients/Record/", StringComparison.Ordinal));
        var form = page.Locator("fieldset", new() { Has = page.Locator("legend", new() { HasTextString = legend }) });
        await fill(form);
        await form.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForURLAsync(patientUrl);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
}
