using System.Text.Json;

namespace Monitor.Sources.Files;

/// <summary>
/// Reads vendor JSON-lines (one post object per line, docs/vendor-files.md). A plain parser: the demo loader and the
/// file source both use it. Blank lines and lines starting with <c>//</c> are skipped; any other bad line throws.
/// </summary>
public static class JsonLinesPostReader
{
    public static IEnumerable<VendorPostRecord> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            yield return ReadLine(lineNumber, trimmed);
        }
    }

    public static IReadOnlyList<VendorPostRecord> ReadFile(string path)
    {
        using var reader = VendorText.Open(path);
        return Read(reader).ToList();
    }

    private static VendorPostRecord ReadLine(int lineNumber, string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            throw new VendorFileFormatException(lineNumber, "不是合法的 JSON");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new VendorFileFormatException(lineNumber, "每行应是一个 JSON 对象");
            }
            var fields = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.OrdinalIgnoreCase);
            return VendorRecordMapper.Map(lineNumber, name => Lookup(fields, name));
        }
    }

    private static string? Lookup(Dictionary<string, string?> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value
        : VendorRecordMapper.Aliases[name].Select(a => fields.GetValueOrDefault(a)).FirstOrDefault(v => v is not null);

    // Numbers keep their raw text so 19-digit ids survive.
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
