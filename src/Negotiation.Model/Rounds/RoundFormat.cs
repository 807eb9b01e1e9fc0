namespace Negotiation.Model;

/// <summary>How many sides a round has.</summary>
public enum RoundFormat
{
    /// <summary>Exactly two sides.</summary>
    Bilateral,

    /// <summary>Exactly three sides, as diplomatic reporting distinguishes trilateral talks.</summary>
    Trilateral,

    /// <summary>More than two sides, or an organisation taking part with its members.</summary>
    Multilateral,
}
