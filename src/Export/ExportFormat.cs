namespace Monitor.Export;

public enum ExportFormat
{
    Xlsx,
    Csv,
    Docx,
}
