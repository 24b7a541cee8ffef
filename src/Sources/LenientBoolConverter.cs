using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Sources;

/// <summary>Platforms send flags as <c>true</c>, <c>1</c> or <c>"1"</c> (Douyin web <c>is_top</c> is 0/1, the open API's is a bool).</summary>
public sealed class LenientBoolConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            JsonTokenType.Number => reader.TryGetInt64(out var n) && n != 0,
            JsonTokenType.String => reader.GetString() is "1" or "true" or "True",
            _ => throw new JsonException($"应为布尔值，实际为 {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);
}
