namespace Monitor.Sources;

/// <summary>
/// A 2xx answer whose body says "busy, try again" (WeChat errcode -1, Douyin 2100004): thrown inside the retry pipeline so
/// it is retried with back-off like a 5xx, and mapped to a Network failure after the last try.
/// </summary>
public sealed class TransientAnswerException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
