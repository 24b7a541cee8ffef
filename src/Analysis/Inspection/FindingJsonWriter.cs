using System.Text.Encodings.Web;
using System.Text.Json;

namespace Monitor.Analysis.Inspection;

/// <summary>Writes one <c>monitor check</c> output line: <c>{"findings":[{ruleId,kind,start,length,text,suggestion,severity,message}]}</c>.</summary>
public sealed class FindingJsonWriter(Stream output)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json = new(output, Options);

    public void WriteLine(IReadOnlyList<MappedFinding> findings)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteStartArray("findings");
        foreach (var f in findings)
        {
            _json.WriteStartObject();
            _json.WriteString("ruleId", f.RuleId);
            _json.WriteString("kind", LineChecker.KindOf(f.RuleId));
            _json.WriteNumber("start", f.Start);
            _json.WriteNumber("length", f.Length);
            _json.WriteString("text", f.Text);
            if (f.Suggestion is null)
            {
                _json.WriteNull("suggestion");
            }
            else
            {
                _json.WriteString("suggestion", f.Suggestion);
            }
            _json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            _json.WriteString("message", f.Message);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
    }
}
