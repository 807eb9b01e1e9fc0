namespace Negotiation.Model;

/// <summary>How the sides of a round meet.</summary>
public enum RoundChannel
{
    /// <summary>In person.</summary>
    Meeting,

    /// <summary>A telephone call.</summary>
    Call,

    /// <summary>A video call.</summary>
    VideoCall,

    /// <summary>An exchange of written texts.</summary>
    WrittenExchange,
}
