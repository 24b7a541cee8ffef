namespace Monitor.Sites.Fetching;

/// <summary>A page could not be read; the message is Chinese and goes into the evidence as it is.</summary>
public sealed class PageFetchException(string message, Exception? inner = null) : Exception(message, inner);
