namespace Negotiation.Model;

/// <summary>Who may see a document when it is handed over.</summary>
public enum Visibility
{
    /// <summary>Anyone: published when handed over.</summary>
    Public,

    /// <summary>Only its authors and addressees.</summary>
    Confidential,

    /// <summary>Its authors, its addressees and the parties it names as readers.</summary>
    SharedWithNamedParties,
}
