using System.Text.Json;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sites.Reading;

/// <summary>Loads a site's override file, <c>&lt;网站标识码&gt;.json</c> (or <c>&lt;id&gt;.json</c>), from <see cref="SitesOptions.OverridesDirectory"/>.</summary>
public sealed class OverrideStore(IOptions<SitesOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public SiteOverride? Find(GovSite site)
    {
        if (options.Value.OverridesDirectory is not { Length: > 0 } dir)
        {
            return null;
        }
        foreach (var name in new[] { site.SiteCode, site.Id.ToString() })
        {
            var path = name is null ? null : Path.Combine(dir, name + ".json");
            if (path is not null && File.Exists(path))
            {
                return JsonSerializer.Deserialize<SiteOverride>(File.ReadAllText(path), Json);
            }
        }
        return null;
    }
}
