using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Files;

/// <summary>
/// Posts delivered as a vendor export at <see cref="GovAccount.FeedUrl"/> (.jsonl/.ndjson or .csv). Several accounts may
/// share one file: each takes the records that name it (by 标识码 or handle) plus records that name no account.
/// </summary>
public sealed class VendorFileSource(IOptions<VendorFileOptions> options, ILogger<VendorFileSource> logger) : PostSourceBase(logger)
{
    public override string Key => "file";
    protected override string DisplayName => "供应商文件";

    public override bool CanFetch(GovAccount account) =>
        account.SourceKind == SourceKind.File && !string.IsNullOrWhiteSpace(account.FeedUrl);

    protected override Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var path = Resolve(request.Account.FeedUrl!.Trim());
        if (!File.Exists(path))
        {
            throw new FetchException(FetchErrorKind.NotFound, $"{DisplayName}：文件不存在（{Path.GetFileName(path)}）");
        }
        if (new FileInfo(path).Length == 0)
        {
            throw FetchErrors.Malformed(DisplayName, $"文件为空（{Path.GetFileName(path)}）");
        }
        IReadOnlyList<VendorPostRecord> records;
        try
        {
            records = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => CsvPostReader.ReadFile(path),
                ".jsonl" or ".ndjson" or ".json" => JsonLinesPostReader.ReadFile(path),
                var other => throw FetchErrors.Configuration(DisplayName, $"不支持的文件类型 {other}（应为 .jsonl 或 .csv）"),
            };
        }
        catch (VendorFileFormatException e)
        {
            throw FetchErrors.Malformed(DisplayName, $"{Path.GetFileName(path)} {e.Message}");
        }
        var mine = records.Where(r => r.BelongsTo(request.Account)).Select(r => r.Post);
        return Task.FromResult(Complete(request, mine, Coverage.Full));
    }

    protected override Task<string> ProbeAsync(CancellationToken ct)
    {
        var directory = options.Value.Directory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            return Task.FromResult("未配置目录，文件路径按当前目录解析");
        }
        return System.IO.Directory.Exists(directory)
            ? Task.FromResult($"目录存在（{directory}）")
            : throw FetchErrors.Configuration(DisplayName, $"目录不存在（{directory}）");
    }

    private string Resolve(string path) =>
        Path.IsPathRooted(path) || string.IsNullOrWhiteSpace(options.Value.Directory)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(options.Value.Directory, path));
}
