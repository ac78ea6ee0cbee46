using System.Diagnostics;

namespace Trek.Reports.Pdf;

/// <summary>
/// Prints an HTML file to PDF with the Debian `chromium` package in headless mode (A4 and page numbers come from the
/// report's CSS @page rules; Chromium's own header and footer are switched off). No browser is downloaded: the
/// executable is TREK_CHROMIUM or /usr/bin/chromium. The PDF is written to a temporary file and moved into place.
/// </summary>
public static class ChromiumPdf
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Executable => Environment.GetEnvironmentVariable("TREK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>
    /// Prints an HTML document held in memory and returns the PDF's bytes, so that a command can publish the HTML, the
    /// PDF and a FHIR bundle embedding the PDF together (CommandFiles). The report's HTML is self-contained, so a
    /// private temporary copy prints exactly as the published file would.
    /// </summary>
    /// <exception cref="IOException">Chromium is missing, fails or times out.</exception>
    public static byte[] Render(string html)
    {
        var dir = Directory.CreateTempSubdirectory("trek-pdf-");
        try
        {
            var htmlPath = Path.Combine(dir.FullName, "report.html");
            var pdfPath = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllText(htmlPath, html, new System.Text.UTF8Encoding(false));
            Print(htmlPath, pdfPath);
            return File.ReadAllBytes(pdfPath);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <exception cref="IOException">Chromium is missing, fails or times out.</exception>
    public static void Print(string htmlPath, string pdfPath)
    {
        if (!File.Exists(Executable))
        {
            throw new IOException($"PDF output needs Chromium at {Executable} (Debian: apt-get install chromium; or set TREK_CHROMIUM)");
        }

        var target = Path.GetFullPath(pdfPath);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        var profile = Directory.CreateTempSubdirectory("trek-chromium-");
        try
        {
            var psi = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run", "--disable-background-networking",
                $"--user-data-dir={profile.FullName}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                $"--print-to-pdf={temp}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                psi.ArgumentList.Add(a);
            }

            using var process = Process.Start(psi) ?? throw new IOException($"could not start {Executable}");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"chromium did not finish printing {htmlPath} within {Timeout.TotalSeconds:0} s");
            }

            var info = new FileInfo(temp);
            if (process.ExitCode != 0 || !info.Exists || info.Length == 0)
            {
                throw new IOException($"chromium could not print {htmlPath} (exit {process.ExitCode}): {stderr.Result.Split('\n').LastOrDefault(l => l.Length > 0)}");
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
            profile.Delete(recursive: true);
        }
    }
}
