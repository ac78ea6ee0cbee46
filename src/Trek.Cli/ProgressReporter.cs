namespace Trek.Cli;

/// <summary>Progress on stderr: a redrawn bar on a terminal; on a pipe or log file nothing until the stage summary line.</summary>
internal sealed class ProgressReporter(TextWriter err, string label) : IProgress<double>, IDisposable
{
    private readonly bool _terminal = !Console.IsErrorRedirected && ReferenceEquals(err, Console.Error);
    private bool _drawn;

    public void Report(double value)
    {
        if (!_terminal)
        {
            return;
        }

        var width = 30;
        var filled = (int)Math.Round(Math.Clamp(value, 0, 1) * width);
        err.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {value * 100,5:F1} %");
        _drawn = true;
    }

    public void Finish()
    {
        if (_drawn)
        {
            err.Write("\r" + new string(' ', 60) + "\r");
            _drawn = false;
        }
    }

    public void Dispose() => Finish();
}
