using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Sources;

/// <summary>The one serializer setup for platform DTOs: snake_case names, lenient strings/flags, numbers from strings.</summary>
public static class SourceJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        o.Converters.Add(new LenientStringConverter());
        o.Converters.Add(new LenientBoolConverter());
        return o;
    }
}
