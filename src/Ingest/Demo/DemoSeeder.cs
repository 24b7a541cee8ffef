using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Monitor.Ingest.Register;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sources.Files;

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
        var folder = options.Folder ?? RepoPaths.Demo();
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
        // One file per shift, written aside and moved into place: two hosts seeding at once (parallel test
        // assemblies) never read a half-written file or one shifted for another day.
        var target = Path.Combine(RepoPaths.DataDirectory(), days == 0 ? "demo-posts.jsonl" : $"demo-posts-{days:+0;-0}d.jsonl");
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
        {
            WriteShifted(postsFile, days, writer);
        }
        File.Move(temp, target, overwrite: true);
        return target;
    }

    private static void WriteShifted(string postsFile, int days, StreamWriter writer)
    {
        foreach (var line in File.ReadLines(postsFile).Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(line)!;
            node["published_at"] = DateTimeOffset.Parse((string)node["published_at"]!).AddDays(days).ToString("yyyy-MM-ddTHH:mm:sszzz");
            writer.WriteLine(node.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
        }
    }
}
