namespace Monitor.Sources;

/// <summary>The answer of a source's settings test, shown on the settings page (message in Chinese, no secrets).</summary>
public sealed record SourceTestResult(bool Ok, string Message);
