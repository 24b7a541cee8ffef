using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Monitor.Ingest.Register;
using Monitor.Ingest.Sources.Files;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Demo;

/// <summary>
/// Fills an empty database with the demo register and posts, through the same paths as real data: the register
/// importer, the vendor-file reader and the post upserter. The demo accounts become vendor-file accounts reading a
/// date-shifted copy of the demo posts (under <c>data/</c>), so a sweep fetches and judges them like real ones
/// instead of calling the (invented) platform handles.
/// </summary>
public sealed class DemoSeeder(MonitorDbContext db, AccountImporter importer, PostUpserter upserter, DemoOptions options,
    TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Enabled || await db.Accounts.AnyAsync(ct))
        {
            return false;
        }
        var folder = options.Folder ?? Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory) ?? RepoPaths.FindRoot(Directory.GetCurrentDirectory()) ?? ".", "demo");
        var register = Path.Combine(folder, "register.csv");
        if (!File.Exists(register))
        {
            logger.LogWarning("Demo data not found at {Folder}", folder);
            return false;
        }
        var report = await importer.ImportFileAsync(register, ct);
        var shiftedFile = WriteShiftedPosts(Path.Combine(folder, "posts.jsonl"));
        var accounts = await db.Accounts.ToListAsync(ct);
        foreach (var account in accounts)
        {
            account.SourceKind = SourceKind.File;
            account.FeedUrl = shiftedFile;
        }
        await db.SaveChangesAsync(ct);

        var posts = JsonLinesPostReader.ReadFile(shiftedFile).ToLookup(r => r.AccountCode ?? "", r => r.Post);
        var added = 0;
        foreach (var account in accounts.Where(a => a.AccountCode is not null))
        {
            added += (await upserter.UpsertAsync(account, posts[account.AccountCode!].ToList(), ct)).Added;
        }
        logger.LogInformation("Loaded demo data: {Accounts} accounts, {Posts} posts ({Summary})", accounts.Count, added, report.Summary);
        return true;
    }

    /// <summary>
    /// The demo is always "the last two months": every date moves by the whole days between the file's
    /// <c>// demo-anchor: YYYY-MM-DD</c> line and today in China.
    /// </summary>
    private string WriteShiftedPosts(string postsFile)
    {
        const string prefix = "// demo-anchor:";
        var first = File.ReadLines(postsFile).FirstOrDefault() ?? "";
        var days = first.StartsWith(prefix, StringComparison.Ordinal)
            ? ChinaTime.Today(time).DayNumber - DateOnly.Parse(first[prefix.Length..].Trim()).DayNumber
            : 0;
        var target = Path.Combine(RepoPaths.DataDirectory(), "demo-posts.jsonl");
        using var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false));
        foreach (var line in File.ReadLines(postsFile).Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(line)!;
            node["published_at"] = DateTimeOffset.Parse((string)node["published_at"]!).AddDays(days).ToString("yyyy-MM-ddTHH:mm:sszzz");
            writer.WriteLine(node.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
        }
        return target;
    }
}
