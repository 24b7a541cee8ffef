using System.Data.Common;
using System.Net.Sockets;

namespace Monitor.Cli;

/// <summary>
/// One clear Chinese line on stderr for every failure, and the exit codes scripts rely on: 2 for a usage error,
/// 1 for a failure. The stack trace is for developers and only printed with <c>--verbose</c>.
/// </summary>
public static class CliErrors
{
    public const int UsageExit = 2;
    public const int FailureExit = 1;

    public static bool Verbose { get; set; }

    public static int Usage(string message)
    {
        Console.Error.WriteLine($"用法错误：{message}");
        return UsageExit;
    }

    public static int Failure(string message)
    {
        Console.Error.WriteLine($"错误：{message}");
        return FailureExit;
    }

    public static int Failure(Exception e)
    {
        Console.Error.WriteLine($"错误：{Describe(e)}");
        if (Verbose)
        {
            Console.Error.WriteLine(e);
        }
        return FailureExit;
    }

    /// <summary>What went wrong in words an operator can act on; our own exceptions already carry Chinese messages.</summary>
    public static string Describe(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerException! : e;
        return inner switch
        {
            SocketException or HttpRequestException when IsConnection(inner) => $"无法连接：{inner.Message}",
            DbException db when db.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal) => $"PostgreSQL 数据库出错：{db.Message}",
            DbException db => $"数据库出错：{db.Message}",
            UnauthorizedAccessException => $"没有读写权限：{inner.Message}",
            FileNotFoundException f => $"找不到文件：{f.FileName ?? f.Message}",
            DirectoryNotFoundException => $"找不到目录：{inner.Message}",
            IOException => $"文件读写失败：{inner.Message}",
            _ when HasChinese(inner.Message) => inner.Message,
            _ => $"{inner.GetType().Name}：{inner.Message}（加 --verbose 查看详细信息）",
        };
    }

    private static bool IsConnection(Exception e) => e is SocketException || e.InnerException is SocketException;

    private static bool HasChinese(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
