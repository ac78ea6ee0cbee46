using System.Diagnostics;

namespace Trek.Reports.Tests;

/// <summary>Runs the Debian tools the tests check output with (poppler-utils, chromium, bcftools; scripts/test.sh installs them).</summary>
internal static class ExternalTools
{
    public static (int Code, string Out, string Err) Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} did not finish in 2 minutes");
        }

        return (p.ExitCode, output, err.Result);
    }

    /// <summary>Text of a PDF with layout kept (pdftotext -layout).</summary>
    public static string PdfText(string pdf)
    {
        var (code, text, err) = Run("pdftotext", "-layout", pdf, "-");
        Assert.True(code == 0, err);
        return text;
    }

    /// <summary>Renders every page to PNG with pdftoppm at <paramref name="dpi"/>; returns the files in page order.</summary>
    public static string[] PdfToPng(string pdf, string prefix, int dpi)
    {
        var (code, _, err) = Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, prefix);
        Assert.True(code == 0, err);
        var dir = Path.GetDirectoryName(prefix)!;
        return [.. Directory.GetFiles(dir, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    /// <summary>Renders one page to a greyscale PGM (P5) for pixel checks: width, height, pixels.</summary>
    public static (int Width, int Height, byte[] Pixels) PdfPageGrey(string pdf, int page, int dpi, string prefix)
    {
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (code, _, err) = Run("pdftoppm", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", p, "-l", p, "-singlefile", pdf, prefix);
        Assert.True(code == 0, err);
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        // P5 header: "P5\n<w> <h>\n<max>\n" then bytes.
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, i - start));
        }

        var w = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var h = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return (w, h, bytes[(i + 1)..]);
    }

    /// <summary>PNG width and height from the IHDR chunk (PNG spec 11.2.2: bytes 16-23, big-endian).</summary>
    public static (int Width, int Height) PngSize(string png)
    {
        var b = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, b[..4]);
        return ((b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19], (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23]);
    }

    /// <summary>The DOM after scripts ran, from headless chromium (used to measure SVG text boxes with getBBox).</summary>
    public static string DumpDom(string html)
    {
        var profile = Directory.CreateTempSubdirectory("trek-test-chromium-");
        try
        {
            var (code, dom, err) = Run(Pdf.ChromiumPdf.Executable, "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile.FullName}",
                "--virtual-time-budget=3000", "--dump-dom", new Uri(html).AbsoluteUri);
            Assert.True(code == 0, err);
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
