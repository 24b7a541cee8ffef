using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Monitor.Ingest.Register;

/// <summary>Reads a register export (.xlsx first sheet, or .csv in UTF-8 or GB18030) into header-mapped rows.</summary>
public static class RegisterFileReader
{
    public sealed record Result(IReadOnlyList<RegisterRow> Rows, IReadOnlyCollection<RegisterColumn> Columns);

    public static Result Read(string path)
    {
        var table = ReadRaw(path);
        // The header is the first row that names at least three known columns (exports often have a title row).
        for (var h = 0; h < Math.Min(table.Count, 10); h++)
        {
            var map = RegisterHeaders.Map(table[h].Cells);
            if (map.Count < 3)
            {
                continue;
            }
            var rows = new List<RegisterRow>();
            foreach (var raw in table.Skip(h + 1))
            {
                var cells = new Dictionary<RegisterColumn, string>();
                foreach (var (index, column) in map)
                {
                    cells[column] = index < raw.Cells.Count ? raw.Cells[index] ?? "" : "";
                }
                var row = new RegisterRow(raw.RowNumber, cells);
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
            }
            return new Result(rows, map.Values.ToList());
        }
        throw new RegisterFormatException("未找到表头：前 10 行中没有包含“账号名称、平台、标识码”等列名的行");
    }

    /// <summary>One spreadsheet row as it is, with the row number a person sees (the website register maps its own headers).</summary>
    public sealed record RawRow(int RowNumber, IReadOnlyList<string?> Cells);

    /// <summary>Every row of the file unmapped: .xlsx first sheet, or .csv in UTF-8 or GB18030.</summary>
    public static IReadOnlyList<RawRow> ReadRaw(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => ReadXlsx(path),
        ".csv" or ".txt" => ReadCsv(path),
        var ext => throw new RegisterFormatException($"不支持的文件类型 {ext}：请使用 .xlsx 或 .csv"),
    };

    private static List<RawRow> ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = DecodeCsv(bytes);
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
        var rows = new List<RawRow>();
        while (csv.Read())
        {
            rows.Add(new RawRow(csv.Row, csv.Record ?? []));
        }
        return rows;
    }

    /// <summary>Excel on Chinese Windows saves CSV as GB18030; everything else is UTF-8.</summary>
    private static string DecodeCsv(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static List<RawRow> ReadXlsx(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var workbook = doc.WorkbookPart ?? throw new RegisterFormatException("xlsx 文件没有工作簿");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new RegisterFormatException("xlsx 文件没有工作表");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<RawRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var col = ColumnIndex(cell.CellReference?.Value);
                while (cells.Count < col)
                {
                    cells.Add(null);
                }
                cells.Add(CellText(cell, shared));
            }
            rows.Add(new RawRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
        }
        return rows;
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var i) && i < shared.Length)
        {
            return shared[i];
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }
        return cell.CellValue?.Text;
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return 0;
        }
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return n - 1;
    }
}
