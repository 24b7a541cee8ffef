using System.Text.Json;

namespace Monitor.TestSupport;

/// <summary>
/// Reads a recorded scenario: <c>{"exchanges":[{"request":{method,path,query,bodyContains},"response":{status,headers,
/// json|text|file,contentType,delayMs},"times":n}]}</c>. <c>json</c> is replayed byte for byte (big numbers stay intact);
/// <c>file</c> is relative to the scenario file.
/// </summary>
public static class FakeExchangeFile
{
    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static IReadOnlyList<FakeExchange> Load(string relative)
    {
        var path = FixturePath(relative);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("exchanges").EnumerateArray().Select(e => Read(e, Path.GetDirectoryName(path)!)).ToList();
    }

    private static FakeExchange Read(JsonElement e, string folder)
    {
        var request = e.GetProperty("request");
        var response = e.TryGetProperty("response", out var r) ? r : default;
        string Body()
        {
            if (response.ValueKind != JsonValueKind.Object)
            {
                return "";
            }
            if (response.TryGetProperty("json", out var json))
            {
                return json.GetRawText();
            }
            if (response.TryGetProperty("text", out var text))
            {
                return text.GetString() ?? "";
            }
            return response.TryGetProperty("file", out var file) ? File.ReadAllText(Path.Combine(folder, file.GetString()!)) : "";
        }
        return new FakeExchange
        {
            Method = Str(request, "method") ?? "GET",
            Path = Str(request, "path") ?? "/",
            Query = request.TryGetProperty("query", out var q)
                ? q.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString())
                : new Dictionary<string, string?>(),
            BodyContains = Str(request, "bodyContains"),
            Status = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("status", out var s) ? s.GetInt32() : 200,
            Headers = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("headers", out var h)
                ? h.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")
                : new Dictionary<string, string>(),
            Body = Body(),
            ContentType = (response.ValueKind == JsonValueKind.Object ? Str(response, "contentType") : null)
                ?? (response.ValueKind == JsonValueKind.Object && response.TryGetProperty("json", out _) ? "application/json; charset=utf-8" : "text/plain; charset=utf-8"),
            Times = e.TryGetProperty("times", out var t) ? t.GetInt32() : null,
            DelayMs = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("delayMs", out var d) ? d.GetInt32() : 0,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
