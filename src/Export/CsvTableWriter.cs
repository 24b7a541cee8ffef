using System.Text;

namespace Monitor.Export;

/// <summary>
/// CSV in UTF-8 with a BOM (Excel reads BOM-less UTF-8 as the ANSI code page, i.e. mojibake) and CRLF line ends.
/// One table is written as header and rows only, so it can be read back by a program; several tables are written
/// as sections, each under its title line and separated by a blank line.
/// </summary>
public static class CsvTableWriter
{
    public static void Write(Stream output, IReadOnlyList<ExportTable> tables)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true) { NewLine = "\r\n" };
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            if (tables.Count > 1)
            {
                if (t > 0)
                {
                    writer.WriteLine();
                }
                writer.WriteLine(Field(table.Title));
            }
            writer.WriteLine(string.Join(",", table.Headers.Select(Field)));
            foreach (var row in table.Rows)
            {
                writer.WriteLine(string.Join(",", row.Select(Field)));
            }
        }
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
