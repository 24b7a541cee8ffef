using System.Runtime.ExceptionServices;
using System.Text.Json;
using Polly.Timeout;
using Refit;

namespace Monitor.Sources;

/// <summary>Turns what a Refit call throws into our typed failures: a non-2xx status as <see cref="FetchErrors.Http"/>, an unreadable body as malformed.</summary>
public static class RefitCalls
{
    public static async Task<T> RunAsync<T>(string source, Func<Task<T>> call, TimeProvider time)
    {
        try
        {
            return await call();
        }
        catch (ApiException e) when (e.InnerException is JsonException)
        {
            throw FetchErrors.Malformed(source, "JSON 格式错误");
        }
        catch (ApiException e)
        {
            var retryAfter = e.Headers.RetryAfter?.Delta ?? (e.Headers.RetryAfter?.Date is { } at ? at - time.GetUtcNow() : null);
            throw FetchErrors.Http(source, e.StatusCode, retryAfter);
        }
        catch (Exception e) when (!IsOurs(e) && Ours(e.InnerException) is { } inner)
        {
            // Refit wraps what the handlers threw; the source types the handlers' own exceptions.
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    private static bool IsOurs(Exception e) =>
        e is FetchException or TransientHttpException or TransientAnswerException or TimeoutRejectedException or HttpRequestException;

    private static Exception? Ours(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (IsOurs(e))
            {
                return e;
            }
        }
        return null;
    }
}
