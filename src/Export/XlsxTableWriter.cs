using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Monitor.Export;

/// <summary>
/// One worksheet per table: a merged title row, the header row, the rows, the note. Counts are numbers; everything
/// else (标识码 included, which may be all digits) is text, so Excel never reformats a code.
/// </summary>
public static class XlsxTableWriter
{
    private static readonly HashSet<string> NumericHeaders = ["序号", "在运行数", "检查数", "不合格数"];

    public static void Write(Stream output, IReadOnlyList<ExportTable> tables)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(table);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = table.SheetName });
        }
        workbook.Workbook.Save();
    }

    private static Worksheet Sheet(ExportTable table)
    {
        var data = new SheetData();
        var numeric = table.Headers.Select(h => NumericHeaders.Contains(h)).ToArray();
        data.Append(Row(1, [table.Title], XlsxStyles.Title, [false]));
        data.Append(Row(2, table.Headers, XlsxStyles.Header, new bool[table.Headers.Count]));
        uint r = 3;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            data.Append(Row(r++, table.Rows[i], table.BoldRows?.Contains(i) == true ? XlsxStyles.Total : XlsxStyles.Body, numeric));
        }
        if (table.Note is not null)
        {
            data.Append(Row(r, [table.Note], XlsxStyles.Note, [false]));
        }
        var columns = new Columns(table.Headers.Select((_, c) => new Column
        {
            Min = (uint)c + 1,
            Max = (uint)c + 1,
            CustomWidth = true,
            Width = table.Widths is { } w && c < w.Count ? w[c] : 16,
        }));
        var last = Reference(table.Headers.Count - 1, 1);
        return new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }),
            columns, data, new MergeCells(new MergeCell { Reference = $"A1:{last}" }));
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style, IReadOnlyList<bool> numeric)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var isNumber = c < numeric.Count && numeric[c] && double.TryParse(values[c], System.Globalization.CultureInfo.InvariantCulture, out _);
            row.Append(isNumber
                ? new Cell { CellReference = Reference(c, index), StyleIndex = style, CellValue = new CellValue(values[c]) }
                : new Cell { CellReference = Reference(c, index), StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[c])) });
        }
        return row;
    }

    internal static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";
}
