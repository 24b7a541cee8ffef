using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Monitor.Sources.Files;

/// <summary>Reads vendor CSV exports: a header row with the spec's field names or their Chinese aliases, one post per row.</summary>
public static class CsvPostReader
{
    public static IEnumerable<VendorPostRecord> Read(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new VendorFileFormatException(1, "缺少表头行");
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var columns = VendorRecordMapper.Aliases.ToDictionary(
            a => a.Key,
            a => header.FindIndex(h => string.Equals(h, a.Key, StringComparison.OrdinalIgnoreCase) || a.Value.Contains(h)));
        if (columns["id"] < 0 || columns["published_at"] < 0)
        {
            throw new VendorFileFormatException(1, "表头缺少 id（发文ID）或 published_at（发布时间）列");
        }
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            yield return VendorRecordMapper.Map(row, name => columns[name] is var i and >= 0 ? csv.GetField(i) : null);
        }
    }

    public static IReadOnlyList<VendorPostRecord> ReadFile(string path)
    {
        using var reader = VendorText.Open(path);
        return Read(reader).ToList();
    }
}
