using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Monitor.TestSupport;

/// <summary>Writes a plain one-sheet .xlsx with inline strings, as a register export would look.</summary>
public static class TestXlsx
{
    public static void Write(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        foreach (var row in rows)
        {
            var xr = new Row { RowIndex = r };
            for (var c = 0; c < row.Count; c++)
            {
                xr.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(row[c])),
                });
            }
            data.Append(xr);
            r++;
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "台账" });
    }
}
