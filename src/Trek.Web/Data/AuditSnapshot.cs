using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Trek.Web.Data;

/// <summary>
/// A row's values as one JSON object (property name to invariant text), for the audit log. Bytes (an uploaded
/// file) are recorded by SHA-256 and length: the audit says exactly which content was stored without copying it.
/// </summary>
internal static class AuditSnapshot
{
    public static string Of(PropertyValues values)
    {
        var map = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in values.Properties)
        {
            map[p.Name] = values[p] switch
            {
                null => null,
                byte[] bytes => $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))} ({bytes.Length} bytes)",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }

        return JsonSerializer.Serialize(map);
    }
}
