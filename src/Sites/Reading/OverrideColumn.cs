namespace Monitor.Sites.Reading;

/// <summary>One column named in an override file; <see cref="Class"/> (dynamic|notice|interaction|other) overrides the name table.</summary>
public sealed class OverrideColumn
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Class { get; set; }
}
