using System.Text.Encodings.Web;
using System.Text.Json;

namespace Monitor.Sites.Status;

/// <summary>The one JSON shape of site reports: stored by the sweep, printed by the CLI, read by the dashboard and exports.</summary>
public static class SitesJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
