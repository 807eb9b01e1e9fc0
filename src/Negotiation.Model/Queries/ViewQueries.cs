namespace Negotiation.Model;

/// <summary>
/// Views: the case as one party sees it, with the confidential documents and statements it may not know of left out.
/// </summary>
/// <remarks>
/// <para>A party sees a document when it is public (handed over as public, or published or leaked since) or when the party
/// is among its authors, addressees or named readers, or a member of such an organisation when it was handed over; a
/// statement when it is public or the party is its speaker's party, an addressee or a named reader (or a member of one).
/// Whatever was stated only in hidden texts goes too: demands and proposals made in them, positions on them, their places
/// on agendas and in round outcomes, replies' links to them. A fact that cannot be stated without a hidden thing (a round
/// whose precondition names a hidden document) is left out with everything that depends on it.</para>
/// <para>Disclosure counts as of the case asked: compose with <see cref="NegotiationCase.AsOf(NodaTime.LocalDate)"/> to see
/// what a party could see on a day (<c>negotiation.AsOf(day).AsSeenBy(party)</c>): a text leaked later is still hidden,
/// and it appears from the day it was leaked.</para>
/// <para>The view is built by evolving the visible facts, as each fact kind restates itself for the party, into a new case
/// with the same id and title, without checking them again: one pass over the log; every query works on it.</para>
/// </remarks>
public static class ViewQueries
{
    /// <summary>Gets the case as <paramref name="party"/> sees it.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <returns>An ordinary case holding only what the party may know of.</returns>
    /// <example>
    /// <code>
    /// var eu = new PartyId("eu");
    /// var asTheEuSawIt = negotiation.AsOf(new LocalDate(2022, 1, 31)).AsSeenBy(eu); // the confidential US response is hidden
    /// var afterTheLeak = negotiation.AsOf(new LocalDate(2022, 2, 2)).AsSeenBy(eu);  // now it is there
    /// </code>
    /// </example>
    public static NegotiationCase AsSeenBy(this NegotiationCase negotiation, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var redaction = new Redaction(negotiation.Data, party);

        // Every fact kept refers only to what the view has (see Redaction), and passed its check in the full case: evolve
        // it without checking again. The facts are redacted in log order, as the evolution takes them. The view's
        // checkpoints are built only if its past is asked about (CaseHistory.Deferred): the usual question is what the
        // party sees now, and a view of the past is negotiation.AsOf(day).AsSeenBy(party).
        var view = CaseEngine.EvolveAll(negotiation.Log.Select(fact => fact.Redact(redaction)).OfType<Fact>());

        return negotiation.With(view);
    }
}
