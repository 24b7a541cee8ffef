namespace Monitor.Sources.Files;

/// <summary>Vendor exports, bound to <c>Monitor:Connectors:File</c>.</summary>
public sealed class VendorFileOptions
{
    public const string Section = ConnectorOptions.SectionPrefix + "File";

    /// <summary>Where relative paths in <c>GovAccount.FeedUrl</c> resolve; empty means the working directory.</summary>
    public string? Directory { get; set; }
}
