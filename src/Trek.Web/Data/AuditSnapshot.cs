using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Trek.Web.Data;

/// <summary>A row's values as one JSON object (property name to invariant text), for the audit log.</summary>
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
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }

        return JsonSerializer.Serialize(map);
    }
}
