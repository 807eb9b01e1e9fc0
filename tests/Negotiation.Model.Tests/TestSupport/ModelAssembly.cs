using System.Reflection;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>The assembly of the Negotiation.Model package, as the convention tests inspect it.</summary>
internal static class ModelAssembly
{
    // Loaded by name so these tests need no particular public type of the model to exist.
    /// <summary>Gets the loaded Negotiation.Model assembly.</summary>
    public static Assembly Instance { get; } = Assembly.Load("Negotiation.Model");
}
