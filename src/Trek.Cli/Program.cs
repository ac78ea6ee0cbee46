using Trek.Cli;

return TrekCli.Run(args);
