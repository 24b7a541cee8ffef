namespace Monitor.Cli;

/// <summary>How a verb prints rows: a drawn table for a person at a terminal, TSV or JSON for a pipe or a script.</summary>
public enum OutputFormat
{
    Table,
    Tsv,
    Json,
}
