using Negotiation.Model.Cli;

// Tables follow the terminal's width; piped output uses COLUMNS or a default (see NegotiationCommand.DefaultWidth).
int? width = null;
if (!Console.IsOutputRedirected)
{
    try
    {
        width = Console.WindowWidth is > 0 and var columns ? columns : null;
    }
    catch (IOException)
    {
        // No terminal after all: keep the default.
    }
}

return NegotiationCommand.Run(args, Console.Out, Console.Error, width: width);
