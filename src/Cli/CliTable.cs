using Spectre.Console;

namespace Monitor.Cli;

/// <summary>
/// Prints a header and rows in the format a verb was asked for. Without <c>--format</c> a terminal gets the drawn table
/// and anything else (a pipe, a file, a script) gets TSV: Spectre's renderer measures the terminal, and on a pipe with
/// CJK cells it has thrown or looped, so it is only ever used where a terminal is there to be measured.
/// </summary>
public static class CliTable
{
    /// <summary>The format for <paramref name="requested"/> (<c>table|tsv|json</c>, case-insensitive), or null when it is none of <paramref name="allowed"/>.</summary>
    public static OutputFormat? Resolve(string? requested, params OutputFormat[] allowed)
    {
        OutputFormat format;
        if (string.IsNullOrWhiteSpace(requested))
        {
            format = Console.IsOutputRedirected ? OutputFormat.Tsv : OutputFormat.Table;
            if (!allowed.Contains(format))
            {
                format = allowed[0];
            }
            return format;
        }
        return Enum.TryParse(requested.Trim(), ignoreCase: true, out format) && allowed.Contains(format) ? format : null;
    }

    /// <summary>The <c>--format</c> option's description and the error line for a value it does not know.</summary>
    public static string Choices(params OutputFormat[] allowed) => string.Join(" 或 ", allowed.Select(f => f.ToString().ToLowerInvariant()));

    public static void Write(OutputFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, TextWriter? output = null)
    {
        if (format == OutputFormat.Table && !Console.IsOutputRedirected && output is null)
        {
            var table = new Table();
            foreach (var h in header)
            {
                table.AddColumn(Markup.Escape(h));
            }
            foreach (var r in rows)
            {
                table.AddRow(r.Select(Markup.Escape).ToArray());
            }
            AnsiConsole.Write(table);
            return;
        }
        output ??= Console.Out;
        output.WriteLine(string.Join('\t', header.Select(Cell)));
        foreach (var r in rows)
        {
            output.WriteLine(string.Join('\t', r.Select(Cell)));
        }
    }

    /// <summary>TSV has no quoting: a tab or line break inside a cell becomes a space so every row stays one line.</summary>
    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
