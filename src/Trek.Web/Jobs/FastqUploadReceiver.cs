using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Trek.IO;
using Trek.Web.Domain;

namespace Trek.Web.Jobs;

/// <summary>
/// Streams a FASTQ pair from a multipart form straight into a new job folder (no buffering of the form): the anti-forgery
/// token must come first and is validated before any file byte is written; then the sample id and the two files R1 and
/// R2, each counted against <see cref="RegistrySettings.MaxFastqBytes"/> while it streams and sniffed (gzip or '@' first,
/// and '@' first once decompressed), never trusted by name. Any refusal removes the folder.
/// </summary>
public sealed class FastqUploadReceiver(RegistrySettings settings, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    public async Task<ReceivedFastq> ReceiveAsync(HttpContext http, CancellationToken ct)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw RegistryValidationException.For("upload", "send the form as multipart/form-data");
        }

        var reader = new MultipartReader(boundary, request.Body);
        var first = await reader.ReadNextSectionAsync(ct);
        if (first is null || Name(first) != antiforgeryOptions.Value.FormFieldName)
        {
            throw RegistryValidationException.For("upload", "the form must start with its anti-forgery token: reload the page and upload again");
        }

        // The token store reads the header before the form: the streamed form's first field stands in for it.
        request.Headers[antiforgeryOptions.Value.HeaderName!] = await TextAsync(first, ct);
        await antiforgery.ValidateRequestAsync(http);

        var (folder, path) = FastqStorage.NewJobFolder(settings);
        try
        {
            long? sampleId = null;
            (string Name, long Bytes)? r1 = null, r2 = null;
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                switch (Name(section))
                {
                    case "SampleId":
                        sampleId = long.TryParse(await TextAsync(section, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
                            : throw RegistryValidationException.For("SampleId", "choose a sample of this patient");
                        break;
                    case "R1" when r1 is null:
                        r1 = await FileAsync(section, Path.Combine(path, FastqStorage.Read1File), "R1", ct);
                        break;
                    case "R2" when r2 is null:
                        r2 = await FileAsync(section, Path.Combine(path, FastqStorage.Read2File), "R2", ct);
                        break;
                    case var other:
                        throw RegistryValidationException.For("upload", $"unexpected form field '{FastqStorage.DisplayName(other)}' (the form has SampleId, R1 and R2, once each)");
                }
            }

            return sampleId is null ? throw RegistryValidationException.For("SampleId", "choose a sample of this patient")
                : r1 is null ? throw RegistryValidationException.For("R1", "choose the read 1 FASTQ file")
                : r2 is null ? throw RegistryValidationException.For("R2", "choose the read 2 FASTQ file")
                : new ReceivedFastq(sampleId.Value, folder, path, r1.Value.Name, r1.Value.Bytes, r2.Value.Name, r2.Value.Bytes);
        }
        catch
        {
            Directory.Delete(path, recursive: true);
            throw;
        }
    }

    private static string? Name(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var d) ? HeaderUtilities.RemoveQuotes(d.Name).Value : null;

    /// <summary>A small form field (at most 4 KiB).</summary>
    private static async Task<string> TextAsync(MultipartSection section, CancellationToken ct)
    {
        var buffer = new byte[4097];
        var total = 0;
        int n;
        while ((n = await section.Body.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += n;
            if (total > 4096)
            {
                throw RegistryValidationException.For("upload", "a form field is longer than 4 KiB");
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }

    private async Task<(string Name, long Bytes)> FileAsync(MultipartSection section, string target, string field, CancellationToken ct)
    {
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var d);
        var name = FastqStorage.DisplayName(HeaderUtilities.RemoveQuotes(d?.FileName ?? "").Value);
        var buffer = new byte[1 << 16];
        long total = 0;
        var gzip = false;
        await using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int n;
            while ((n = await section.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (total == 0)
                {
                    gzip = n >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b;
                    if (!gzip && buffer[0] != (byte)'@')
                    {
                        throw RegistryValidationException.For(field, $"{name} is not FASTQ: it must start with '@' (plain) or be gzip-compressed");
                    }
                }

                total += n;
                if (total > settings.MaxFastqBytes)
                {
                    throw RegistryValidationException.For(field, $"{name} is larger than the limit of {settings.MaxFastqBytes} bytes per file");
                }

                if (!gzip && buffer.AsSpan(0, n).Contains((byte)0))
                {
                    throw RegistryValidationException.For(field, $"{name} contains NUL bytes: it is not a FASTQ text file");
                }

                await file.WriteAsync(buffer.AsMemory(0, n), ct);
            }
        }

        if (total == 0)
        {
            throw RegistryValidationException.For(field, $"{name} is empty");
        }

        if (gzip)
        {
            // The content, not the wrapper: a gzip file must hold FASTQ too.
            int head;
            try
            {
                await using var content = InputFile.OpenRead(target);
                head = content.ReadByte();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                throw RegistryValidationException.For(field, $"{name} is not readable gzip: {ex.Message}");
            }

            if (head != '@')
            {
                throw RegistryValidationException.For(field, $"{name} is gzip-compressed but does not hold FASTQ (it must start with '@')");
            }
        }

        return (name, total);
    }
}
