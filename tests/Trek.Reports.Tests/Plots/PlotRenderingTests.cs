using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Trek.Reports.Plots;
using Trek.Trials.Survival;

namespace Trek.Reports.Tests.Plots;

/// <summary>
/// Issue 16: every plot rendered at trial size in Debian's chromium (the package's executable, driven by
/// Microsoft.Playwright; no browser download), saved as PNG (out/test-artifacts/plots/, copied to docs/plots/), and
/// measured: every text element's box (getBoundingClientRect, after rotation) lies inside the SVG canvas and has a
/// width, and no two texts overlap. Kaplan-Meier with 2 and 5 groups of 30-character names; swimmer, spider and
/// waterfall with 7 and 93 subjects.
/// </summary>
public sealed class PlotRenderingTests
{
    private static readonly string Artifacts = Path.Combine(PlotData.Root(), "out", "test-artifacts", "plots");

    /// <summary>The Debian package's executable (scripts/test.sh installs `chromium`); TREK_CHROMIUM overrides, as for PDF output.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("TREK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static TheoryData<string> Plots() => ["km-2-groups", "km-5-groups", "swimmer-7", "swimmer-93", "spider-7", "spider-93", "waterfall-7", "waterfall-93"];

    [Theory]
    [MemberData(nameof(Plots))]
    public async Task Render_TrialSize_EveryTextInsideCanvasAndNoneOverlap(string name)
    {
        var svg = Svg(name);
        var (width, height, texts) = await Measure(svg, name);
        Assert.True(texts.Count >= 10, $"{name}: only {texts.Count} text elements");
        foreach (var t in texts)
        {
            Assert.True(t.W > 0 && t.H > 0, $"{name}: '{t.Text}' has no extent");
            Assert.True(t.X >= -0.5 && t.Y >= -0.5 && t.X + t.W <= width + 0.5 && t.Y + t.H <= height + 0.5, $"{name}: '{t.Text}' [{t.X:0.#},{t.Y:0.#} {t.W:0.#}x{t.H:0.#}] leaves the {width}x{height} canvas");
        }

        var overlaps = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (texts[i], texts[j]);
                var dx = Math.Min(a.X + a.W, b.X + b.W) - Math.Max(a.X, b.X);
                var dy = Math.Min(a.Y + a.H, b.Y + b.H) - Math.Max(a.Y, b.Y);
                if (dx > 0.5 && dy > 0.5)
                {
                    overlaps.Add($"'{a.Text}' and '{b.Text}' ({dx:0.#} x {dy:0.#} px)");
                }
            }
        }

        Assert.True(overlaps.Count == 0, $"{name}: {overlaps.Count} overlapping texts: {string.Join("; ", overlaps.Take(5))}");
        var png = new FileInfo(Path.Combine(Artifacts, name + ".png"));
        Assert.True(png.Exists && png.Length > 5_000, $"{name}: no screenshot");
    }

    private static string Svg(string name)
    {
        var parts = name.Split('-');
        var n = int.Parse(parts[^1] == "groups" ? parts[1] : parts[^1], CultureInfo.InvariantCulture);
        return parts[0] switch
        {
            "km" => Km(n),
            "swimmer" => SwimmerPlot.Render(PlotInputs.Swimmers(n), Trek.Trials.Endpoints.EndpointRules.DaysPerMonth, "months", "Time on treatment and response"),
            "spider" => SpiderPlot.Render(PlotInputs.Lesions(n, withNotEvaluable: n > 10), Trek.Assessment.Tumour.ResponseCriteria.Recist11),
            _ => WaterfallPlot.Render(PlotInputs.Lesions(n, withNotEvaluable: n > 10), Trek.Assessment.Tumour.ResponseCriteria.Recist11),
        };
    }

    private static string Km(int groups)
    {
        var data = PlotInputs.Survival(groups);
        var fits = data.Select(g => (g.Group, KaplanMeier.Fit(g.Observations))).ToArray();
        return KaplanMeierPlot.Render(fits, "Months since first dose", "Overall survival by fusion type", LogRankTest.Compute(data));
    }

    private sealed record Box(string Text, double X, double Y, double W, double H);

    /// <summary>Loads the SVG alone in a page, screenshots it, and returns the canvas size and every text's box relative to it.</summary>
    private static async Task<(double Width, double Height, List<Box> Texts)> Measure(string svg, string name)
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
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1200 } });
        await page.SetContentAsync($"<!DOCTYPE html><html><body style=\"margin:0\">{svg}</body></html>");
        var json = await page.EvaluateAsync<string>("""
            () => {
              const svg = document.querySelector('svg');
              const r = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')].map(t => {
                const b = t.getBoundingClientRect();
                return { Text: t.textContent, X: b.left - r.left, Y: b.top - r.top, W: b.width, H: b.height };
              });
              return JSON.stringify({ W: r.width, H: r.height, Texts: texts });
            }
            """);
        await page.Locator("svg").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png") });
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var texts = root.GetProperty("Texts").EnumerateArray()
            .Select(t => new Box(t.GetProperty("Text").GetString()!, t.GetProperty("X").GetDouble(), t.GetProperty("Y").GetDouble(), t.GetProperty("W").GetDouble(), t.GetProperty("H").GetDouble()))
            .ToList();
        return (root.GetProperty("W").GetDouble(), root.GetProperty("H").GetDouble(), texts);
    }
}
