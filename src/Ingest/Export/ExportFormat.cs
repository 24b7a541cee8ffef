namespace Monitor.Ingest.Export;

public enum ExportFormat
{
    Xlsx,
    Csv,
    Docx,
}
