using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model;

/// <summary>
/// One change under way: the case it starts from, the data as changed so far, and the failures found. Facts check
/// themselves and write through the editor; the case keeps the new data only if no failure is an error, so a refused
/// change leaves nothing behind.
/// </summary>
internal sealed class CaseEditor(NegotiationCase original, Fact fact)
{
    public NegotiationCase Original { get; } = original;

    public Fact Fact { get; } = fact;

    public CaseData Data { get; set; } = original.Data;

    public List<ValidationFailure> Failures { get; } = [];

    public bool HasErrors { get; private set; }

    /// <summary>Gets the case as changed so far (for checks that need the whole case, such as preconditions).</summary>
    public NegotiationCase Current => Original.With(Data);

    public void Error(string code, string path, string message) => Add(code, path, message, Severity.Error);

    public void Warning(string code, string path, string message) => Add(code, path, message, Severity.Warning);

    public void CheckLogEntry()
    {
        if (string.IsNullOrWhiteSpace(Fact.Source.Outlet))
        {
            Error(ErrorCodes.SourceRequired, "Source.Outlet", "The source names no outlet; say who reported the fact (\"Reuters\", \"RT\", \"Brussels statement\").");
        }

        // A precise moment is compared on the time line: its calendar day is a local day (a zoned time) or a UTC day,
        // either of which can disagree with the UTC day of the record time while the order is plain.
        var recordedEarly = Fact.Occurred.Instant is { } happened
            ? Fact.Recorded < happened
            : Fact.Recorded.InUtc().Date < Fact.Occurred.EarliestDate;
        if (recordedEarly)
        {
            Error(ErrorCodes.RecordedBeforeOccurred, "Recorded", $"The fact is recorded ({Fact.Recorded}) before it can have happened ({Fact.Occurred}); check both times.");
        }

        if (Fact.Source.ReportedOn < Fact.Occurred.EarliestDate)
        {
            Error(ErrorCodes.ReportedBeforeOccurred, "Source.ReportedOn", $"The report ({Fact.Source.ReportedOn:uuuu-MM-dd}) is dated before the fact can have happened ({Fact.Occurred}); check both dates.");
        }
    }

    public void Name(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(ErrorCodes.NameRequired, path, "The name is blank; give the name people use.");
        }
        else if (value.Length > 200)
        {
            Error(ErrorCodes.NameTooLong, path, $"The name is {value.Length} characters long; shorten it to at most 200.");
        }
    }

    public void Body(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(ErrorCodes.TextRequired, path, "The text is blank; quote or summarise what was said or written.");
        }
        else if (value.Length > 20_000)
        {
            Error(ErrorCodes.TextTooLong, path, $"The text is {value.Length} characters long; shorten it to at most 20,000.");
        }
    }

    public bool NewId<TId, T>(ImmutableSortedDictionary<TId, T> existing, TId id, string path, string what)
        where TId : notnull
    {
        if (!existing.ContainsKey(id))
        {
            return true;
        }

        var article = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "An" : "A";
        Error(ErrorCodes.DuplicateId, path, $"{article} {what} with id '{id}' is already recorded; use a new id or record a change to the existing one.");
        return false;
    }

    public bool Party(PartyId id, string path) =>
        Known(Data.Parties, id, id.IsValid, path, ErrorCodes.UnknownParty, "party", "register it with PartyRegistered first");

    public void Parties(EquatableArray<PartyId> ids, string path) => Each(ids, path, id => id, (id, p) => Party(id, p));

    public bool Representative(RepresentativeId id, string path) =>
        Known(Data.Representatives, id, id.IsValid, path, ErrorCodes.UnknownRepresentative, "representative", "appoint them with RepresentativeAppointed first");

    public bool Topic(TopicId id, string path) =>
        Known(Data.Topics, id, id.IsValid, path, ErrorCodes.UnknownTopic, "topic", "define it with TopicDefined first");

    public void Topics(EquatableArray<TopicId> ids, string path) => Each(ids, path, id => id, (id, p) => Topic(id, p));

    public bool Demand(DemandId id, string path) =>
        Known(Data.Demands, id, id.IsValid, path, ErrorCodes.UnknownDemand, "demand", "table it with DemandTabled first");

    public bool Document(DocumentId id, string path) =>
        Known(Data.Documents, id, id.IsValid, path, ErrorCodes.UnknownDocument, "document", "present it with DocumentPresented first");

    public bool Proposal(ProposalId id, string path) =>
        Known(Data.Proposals, id, id.IsValid, path, ErrorCodes.UnknownProposal, "proposal", "record it with ProposalMade first");

    public bool Statement(StatementId id, string path) =>
        Known(Data.Statements, id, id.IsValid, path, ErrorCodes.UnknownStatement, "statement", "record it with StatementMade first");

    public bool Round(RoundId id, string path) =>
        Known(Data.Rounds, id, id.IsValid, path, ErrorCodes.UnknownRound, "round", "plan it with RoundPlanned first");

    public bool Development(DevelopmentId id, string path) =>
        Known(Data.Developments, id, id.IsValid, path, ErrorCodes.UnknownDevelopment, "development", "record it with DevelopmentOccurred first");

    public bool Deadline(DeadlineId id, string path) =>
        Known(Data.Deadlines, id, id.IsValid, path, ErrorCodes.UnknownDeadline, "deadline", "set it with DeadlineSet first");

    public bool Agreement(AgreementId id, string path) =>
        Known(Data.Agreements, id, id.IsValid, path, ErrorCodes.UnknownAgreement, "agreement", "adopt it with AgreementAdopted first");

    public void Subjects(EquatableArray<SubjectRef> subjects, string path) => Each(subjects, path, s => s, (s, p) => Subject(s, p));

    public bool Subject(SubjectRef subject, string path)
    {
        if (!subject.IsValid)
        {
            Error(ErrorCodes.IdMissing, path, "The subject reference is default; make it with SubjectRef.Demand(...), SubjectRef.Document(...) or another factory.");
            return false;
        }

        var id = subject.Id;
        return subject.Kind switch
        {
            SubjectKind.Demand => Demand(new DemandId(id), path),
            SubjectKind.Document => Document(new DocumentId(id), path),
            SubjectKind.Proposal => Proposal(new ProposalId(id), path),
            SubjectKind.Statement => Statement(new StatementId(id), path),
            SubjectKind.Round => Round(new RoundId(id), path),
            SubjectKind.Topic => Topic(new TopicId(id), path),
            SubjectKind.Party => Party(new PartyId(id), path),
            _ => Development(new DevelopmentId(id), path),
        };
    }

    public void Each<T, TKey>(EquatableArray<T> items, string path, Func<T, TKey> key, Func<T, string, bool> check)
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (check(items[i], itemPath) && !seen.Add(key(items[i])))
            {
                Error(ErrorCodes.DuplicateEntry, itemPath, $"'{items[i]}' is listed twice; list it once.");
            }
        }
    }

    private bool Known<TId, T>(ImmutableSortedDictionary<TId, T> existing, TId id, bool isValid, string path, string code, string what, string hint)
        where TId : notnull
    {
        if (!isValid)
        {
            Error(ErrorCodes.IdMissing, path, $"The {what} id is default; create it from a slug.");
            return false;
        }

        if (existing.ContainsKey(id))
        {
            return true;
        }

        Error(code, path, $"No {what} '{id}' is known to the case; {hint}.");
        return false;
    }

    private void Add(string code, string path, string message, Severity severity)
    {
        Failures.Add(new ValidationFailure(path, message) { ErrorCode = code, Severity = severity });
        HasErrors |= severity == Severity.Error;
    }
}
