using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Model.Json;

namespace Negotiation.Model.Cli;

/// <summary><c>negotiation export [FILE] --format json|plover|cameo</c>: the case file, PLOVER event records (one JSON
/// object per line) or CAMEO-coded rows (tab-separated, with a header).</summary>
internal static class ExportCommand
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(NegotiationCommand.Context context)
    {
        var file = NegotiationCommand.FileArgument();
        var format = new Option<string>("--format") { Description = "json (the case file), plover (PLOVER event records, JSON lines) or cameo (CAMEO-coded rows, tab-separated).", DefaultValueFactory = _ => "json", HelpName = "json|plover|cameo" };
        format.AcceptOnlyFromAmong("json", "plover", "cameo");
        var command = new Command("export", "Writes the case as a case file (so 'negotiation export --format json > seed.json' gives the seed as a file to edit), or its facts as PLOVER or CAMEO political events.")
        {
            file, format,
        };
        command.SetAction(result => NegotiationCommand.Guard(context.Error, () =>
        {
            var negotiation = context.Load(result.GetValue(file));
            switch (result.GetValue(format))
            {
                case "plover":
                    WritePlover(negotiation, context.Output);
                    break;
                case "cameo":
                    WriteCameo(negotiation, context.Output);
                    break;
                default:
                    context.Output.Write(CaseFile.Save(negotiation));
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>PLOVER records as the manual's "Data Fields" chapter names them: id, date, enddate, time, actor,
    /// recipient, event, mode, context, quad_code, event_text, coder, comment.</summary>
    internal static void WritePlover(NegotiationCase negotiation, TextWriter output)
    {
        foreach (var coded in EventCoding.Events(negotiation).Where(e => e.Code.Plover is not null))
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, LineOptions))
            {
                var occurred = coded.Fact.Occurred;
                w.WriteStartObject();
                w.WriteString("id", $"{negotiation.Id}-{coded.Index}");
                w.WriteString("date", DateNotation.Format(occurred.EarliestDate));
                if (occurred.LatestDate != occurred.EarliestDate)
                {
                    w.WriteString("enddate", DateNotation.Format(occurred.LatestDate));
                }

                if (occurred.Kind == MomentKind.Exact)
                {
                    w.WriteString("time", occurred.Instant!.Value.InUtc().TimeOfDay.ToString("HH':'mm':'ss", null) + "Z");
                }
                else if (occurred.Kind == MomentKind.Zoned)
                {
                    w.WriteString("time", DateNotation.Format(occurred)[11..]);
                }

                Entities(w, "actor", negotiation, coded.Actors);
                if (coded.Recipients.Count > 0)
                {
                    Entities(w, "recipient", negotiation, coded.Recipients);
                }

                Strings(w, "event", coded.Code.Plover);
                Strings(w, "mode", coded.Mode);
                Strings(w, "context", coded.Code.Context);
                w.WriteNumber("quad_code", coded.Code.Quad!.Value);
                Strings(w, "event_text", coded.Fact.Describe());
                w.WriteString("coder", "negotiation");
                w.WriteString("comment", $"{CaseFile.FactTypes.First(t => t.Value == coded.Fact.GetType()).Key} (fact {coded.Index}); CAMEO {coded.Code.Cameo}; source {coded.Fact.Source.Outlet}, {DateNotation.Format(coded.Fact.Source.ReportedOn)}");
                w.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    /// <summary>CAMEO rows: one per actor and recipient (CAMEO events are dyadic), tab-separated, with a header.</summary>
    internal static void WriteCameo(NegotiationCase negotiation, TextWriter output)
    {
        output.WriteLine("date\tsource\tsource_id\ttarget\ttarget_id\tcode\tevent\tfact");
        foreach (var coded in EventCoding.Events(negotiation))
        {
            IReadOnlyList<PartyId?> targets = coded.Recipients.Count > 0 ? [.. coded.Recipients.Cast<PartyId?>()] : [null];
            foreach (var source in coded.Actors)
            {
                foreach (var target in targets)
                {
                    output.WriteLine(string.Join('\t',
                        coded.Fact.Occurred.EarliestDate.ToString("uuuuMMdd", null),
                        EventCoding.Alpha3(negotiation, source) ?? string.Empty,
                        source.Value,
                        target is { } t ? EventCoding.Alpha3(negotiation, t) ?? string.Empty : string.Empty,
                        target?.Value ?? string.Empty,
                        coded.Code.Cameo,
                        coded.Code.Name,
                        coded.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    private static void Entities(Utf8JsonWriter w, string name, NegotiationCase negotiation, IReadOnlyList<PartyId> parties)
    {
        w.WriteStartArray(name);
        foreach (var party in parties)
        {
            w.WriteStartObject();
            if (EventCoding.Alpha3(negotiation, party) is { } code)
            {
                w.WriteString("code", code);
            }
            else if (negotiation.Parties.GetValueOrDefault(party) is Organisation)
            {
                w.WriteString("sector", "IGO");
            }

            w.WriteString("entity_text", negotiation.Parties.GetValueOrDefault(party)?.Name ?? party.Value);
            w.WriteString("identifier_id", party.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartArray(name);
        w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
