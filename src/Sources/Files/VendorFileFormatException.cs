namespace Monitor.Sources.Files;

/// <summary>A vendor file line that does not follow the spec; <see cref="Exception.Message"/> is Chinese and names the line.</summary>
public sealed class VendorFileFormatException(int line, string problem)
    : Exception($"第 {line} 行：{problem}")
{
    public int Line { get; } = line;
}
