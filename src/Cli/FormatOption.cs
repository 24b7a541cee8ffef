using System.CommandLine;

namespace Monitor.Cli;

/// <summary>A verb's <c>--format</c>: which formats it offers, the default by terminal or pipe, the usage error otherwise.</summary>
public sealed class FormatOption
{
    private readonly OutputFormat[] _allowed;

    public FormatOption(params OutputFormat[] allowed)
    {
        _allowed = allowed;
        Option = new Option<string?>("--format") { Description = $"{CliTable.Choices(allowed)}（默认：终端显示表格，管道或文件输出 tsv）" };
    }

    public Option<string?> Option { get; }

    /// <summary>The chosen format, or null after printing the usage error (the verb then exits with <see cref="CliErrors.UsageExit"/>).</summary>
    public OutputFormat? Resolve(ParseResult parse)
    {
        var format = CliTable.Resolve(parse.GetValue(Option), _allowed);
        if (format is null)
        {
            CliErrors.Usage($"--format 只能是 {CliTable.Choices(_allowed)}");
        }
        return format;
    }
}
