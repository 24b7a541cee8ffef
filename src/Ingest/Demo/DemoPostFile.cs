using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Ingest.Sources;

namespace Monitor.Ingest.Demo;

/// <summary>
/// Reads <c>demo/posts.jsonl</c>: a first line <c>{"demoAnchor":"YYYY-MM-DD"}</c>, then one post per line naming its
/// account by 标识码. Every date moves by the whole days between the anchor and <paramref name="today"/>, so the
/// demo is always "the last two months".
/// </summary>
public static class DemoPostFile
{
    private sealed record Line(
        string? DemoAnchor, string? Account, string? Id, string? Url, string? Title, string? Text,
        DateTimeOffset? PublishedAt, bool? IsOriginal, bool IsRepost, string? RepostSource, bool IsPinned);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static Dictionary<string, List<SourcePost>> Read(string path, DateOnly today)
    {
        var byAccount = new Dictionary<string, List<SourcePost>>();
        var shift = TimeSpan.Zero;
        foreach (var text in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var line = JsonSerializer.Deserialize<Line>(text, Json)!;
            if (line.DemoAnchor is not null)
            {
                shift = TimeSpan.FromDays(today.DayNumber - DateOnly.Parse(line.DemoAnchor).DayNumber);
                continue;
            }
            if (!byAccount.TryGetValue(line.Account!, out var list))
            {
                byAccount[line.Account!] = list = [];
            }
            list.Add(new SourcePost
            {
                PlatformPostId = line.Id!,
                Url = line.Url,
                Title = line.Title,
                Text = line.Text ?? "",
                PublishedAt = line.PublishedAt!.Value + shift,
                IsOriginal = line.IsOriginal,
                IsRepost = line.IsRepost,
                RepostSource = line.RepostSource,
                IsPinned = line.IsPinned,
            });
        }
        return byAccount;
    }
}
