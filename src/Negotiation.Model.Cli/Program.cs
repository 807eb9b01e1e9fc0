using Negotiation.Model.Cli;

return NegotiationCommand.Run(args, Console.Out, Console.Error);
