using System.CommandLine;

namespace Trek.Cli.Tests;

/// <summary>Every command path (`index`, `ctcae grade`, ...) of the registry with its command, in registry order: what the enumerated convention tests walk.</summary>
internal static class CommandTree
{
    public static List<(string Path, Command Command)> All()
    {
        var all = new List<(string, Command)>();
        void Walk(Command c, string prefix)
        {
            foreach (var sub in c.Subcommands)
            {
                var path = (prefix + " " + sub.Name).Trim();
                all.Add((path, sub));
                Walk(sub, path);
            }
        }

        Walk(TrekCli.BuildRoot(), "");
        return all;
    }
}
