namespace Negotiation.Model;

/// <summary>Who may see a document when it is handed over, or know of a statement.</summary>
public enum Visibility
{
    /// <summary>Anyone: published when handed over.</summary>
    Public,

    /// <summary>Only its authors (or speaker's party) and addressees.</summary>
    Confidential,

    /// <summary>Its authors (or speaker's party), its addressees and the parties it names as readers.</summary>
    SharedWithNamedParties,
}
