using System.CommandLine;
using Trek.Cli.Commands;

namespace Trek.Cli;

/// <summary>Every `trek` sub-command, in the order `trek --help` lists them. One line per command.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.Fusion.IndexCommand.Create();
        yield return Commands.Fusion.FusionsCommand.Create();
        yield return Commands.Cohort.CohortCommand.Create();
        yield return VersionCheckCommand.Create();
        yield return Commands.Clinical.TestRouteCommand.Create();
        yield return Commands.Clinical.EligibilityCommand.Create();
        yield return Commands.Clinical.DoseCommand.Create();
        yield return Commands.Clinical.ResistanceCommand.Create();
        yield return Commands.Assessment.ResponseCommand.Create();
        yield return Commands.Assessment.CtcaeCommand.Create();
        yield return Commands.Trials.OrrCommand.Create();
        yield return Commands.Trials.EndpointsCommand.Create();
        yield return Commands.Trials.KmCommand.Create();
        yield return Commands.Trials.EscalationCommand.Create();
        yield return Commands.Report.ReportCommand.Create();
        yield return Commands.Report.DrawCommand.Create();
        yield return Commands.Report.ExportCommand.Create();
        yield return Commands.Serve.ServeCommand.Create();
    }
}
