using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Monitor.Ingest.Tests.Export;

/// <summary>Reads a workbook's sheets back as rows of cell texts (inline strings and numbers).</summary>
public static class XlsxReader
{
    public static Dictionary<string, List<List<string>>> Sheets(SpreadsheetDocument doc)
    {
        var workbook = doc.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList())
                .ToList());
    }
}
