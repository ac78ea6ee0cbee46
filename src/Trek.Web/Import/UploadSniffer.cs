using Trek.Web.Domain;

namespace Trek.Web.Import;

/// <summary>
/// Copies an upload to a private temporary file without trusting its name or content type: the size is
/// counted while streaming (over the limit: refused before it fills the disk) and the first bytes must look
/// like the expected text format (no gzip, no NUL bytes, the expected first character).
/// </summary>
public static class UploadSniffer
{
    public static async Task<string> CopyTextAsync(Stream body, long maxBytes, Func<string, string?> firstLineProblem, string field, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trek-upload-{Guid.NewGuid():N}.tmp");
        var buffer = new byte[81920];
        long total = 0;
        var first = true;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int n;
                while ((n = await body.ReadAsync(buffer, ct)) > 0)
                {
                    total += n;
                    if (total > maxBytes)
                    {
                        throw RegistryValidationException.For(field, $"the upload is larger than the limit of {maxBytes} bytes");
                    }

                    if (first)
                    {
                        Sniff(buffer.AsSpan(0, n), firstLineProblem, field);
                        first = false;
                    }

                    if (buffer.AsSpan(0, n).Contains((byte)0))
                    {
                        throw RegistryValidationException.For(field, "the upload contains NUL bytes: it is not a text file");
                    }

                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }

            if (total == 0)
            {
                throw RegistryValidationException.For(field, "the upload is empty");
            }

            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static void Sniff(ReadOnlySpan<byte> head, Func<string, string?> firstLineProblem, string field)
    {
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            throw RegistryValidationException.For(field, "the upload is gzip-compressed: upload the uncompressed file");
        }

        var text = System.Text.Encoding.UTF8.GetString(head.Length > 4096 ? head[..4096] : head).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        if (firstLineProblem(line) is { } problem)
        {
            throw RegistryValidationException.For(field, problem);
        }
    }
}
