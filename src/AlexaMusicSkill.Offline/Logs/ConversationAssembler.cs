using System.Globalization;
using AlexaMusicSkill.Logging.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// Groups records, in the order read, into conversations and yields each once complete, holding only the open ones.
/// <para>
/// Assumption (the function guarantees it: it continues a conversation only within its 30-minute timeout of the last
/// turn): a conversation's decision and outcome records lie within the window of each other.
/// Rule: a conversation is complete once a record read after its newest one is more than the window newer (the log
/// has moved past it), or at the end of the input. Measuring from records read after it, not from the newest time
/// ever read, is what lets logs whose timestamps jump backwards stream too.
/// </para>
/// <para>
/// So logs in time order stream in memory bounded by the conversations open at once (production's, out of order by
/// less than the window minus the longest pause between turns), and so do logs written conversation by conversation
/// whatever their times do in between (the simulator's: each listener's clock starts anew, and a listener's last
/// conversation waits until a later listener's clock has passed it by the window, about 30 listeners).
/// </para>
/// <para>
/// Listening records (a station playing) are the conversation's and keep it open while they keep coming. One that
/// arrives after its conversation was yielded (playback resumed after a long pause) opens a listening-only conversation
/// under the same id, which callers totalling listening add to the first. A decision or outcome record arriving after
/// its conversation was yielded means the log is out of time order beyond the window: it throws
/// <see cref="OutOfOrderLogException"/>, it never splits the conversation.
/// </para>
/// </summary>
internal sealed class ConversationAssembler(RecordLogOptions options)
{
    private readonly Dictionary<string, OpenConversation> _open = new(StringComparer.Ordinal);
    private readonly PriorityQueue<OpenConversation, DateTimeOffset> _byNewest = new();
    private readonly HashSet<UInt128> _yielded = [];
    private readonly PriorityQueue<LoggedConversation, long> _ready = new();
    private readonly SortedSet<long> _openPositions = [];
    private DateTimeOffset _newest = DateTimeOffset.MinValue;
    private long _position;

    public IEnumerable<LoggedConversation> Assemble(IEnumerable<(LogRecord Record, string? Source)> records)
    {
        foreach (var (record, source) in records)
        {
            var conversation = OpenFor(record, source);
            if (conversation.Add(record))
            {
                _byNewest.Enqueue(conversation, conversation.Newest);
            }

            _newest = record.Timestamp > _newest ? record.Timestamp : _newest;
            _position++;
            while (_byNewest.TryPeek(out var oldest, out var newest) && record.Timestamp - newest > options.Window)
            {
                _byNewest.Dequeue();
                if (!oldest.Closed && oldest.Newest == newest)
                {
                    Close(oldest); // else a stale entry: the conversation has newer records, or is gone
                }
            }

            while (TryTakeReady(out var complete))
            {
                yield return complete;
            }
        }

        foreach (var conversation in _open.Values.OrderBy(c => c.Position).ToList())
        {
            Close(conversation);
        }

        while (TryTakeReady(out var complete))
        {
            yield return complete;
        }
    }

    private OpenConversation OpenFor(LogRecord record, string? source)
    {
        if (_open.TryGetValue(record.ConversationId, out var open))
        {
            return open.LateListening && record is not ListeningRecord ? throw OutOfOrder(record, source) : open;
        }

        var fingerprint = RecordFingerprint.OfConversation(record.ConversationId);
        var late = _yielded.Contains(fingerprint);
        if (late && record is not ListeningRecord)
        {
            throw OutOfOrder(record, source);
        }

        open = new OpenConversation(record.ConversationId, fingerprint, _position, late);
        _open.Add(record.ConversationId, open);
        if (options.InLogOrder)
        {
            _openPositions.Add(_position);
        }

        return open;
    }

    private void Close(OpenConversation conversation)
    {
        conversation.Closed = true;
        _open.Remove(conversation.Id);
        _yielded.Add(conversation.Fingerprint);
        _openPositions.Remove(conversation.Position);
        _ready.Enqueue(conversation.ToLogged(_newest), conversation.Position);
    }

    private bool TryTakeReady(out LoggedConversation complete)
    {
        if (_ready.TryPeek(out complete!, out var position) && !(options.InLogOrder && _openPositions.Count > 0 && _openPositions.Min < position))
        {
            _ready.Dequeue();
            return true;
        }

        return false;
    }

    private OutOfOrderLogException OutOfOrder(LogRecord record, string? source)
    {
        var what = record is DecisionRecord decision ? $"decision record (turn {decision.Turn})" : "outcome record";
        var minutes = options.Window.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture);
        return new OutOfOrderLogException(
            $"{source ?? $"record {_position + 1}"}: the {what} of conversation {record.ConversationId} at {record.Timestamp:O} " +
            $"comes after that conversation was read as complete (the log had moved more than {minutes} minutes past its records). " +
            $"The log is out of time order by more than {minutes} minutes: sort it by time first " +
            "(files are read in the order given, folders in path order).");
    }

    /// <summary>A conversation still being read: its records so far, and what the summary needs of them.</summary>
    private sealed class OpenConversation(string id, UInt128 fingerprint, long position, bool lateListening)
    {
        private readonly List<DecisionRecord> _decisions = [];
        private readonly List<ListeningRecord> _listening = [];
        private OutcomeRecord? _outcome;
        private LogRecord? _firstTurn;
        private DateTimeOffset _lastTurnAt = DateTimeOffset.MinValue;

        public string Id => id;

        public UInt128 Fingerprint => fingerprint;

        public long Position => position;

        /// <summary>Opened by listening after the conversation had been yielded: only listening may follow.</summary>
        public bool LateListening => lateListening;

        public bool Closed { get; set; }

        public DateTimeOffset Newest { get; private set; } = DateTimeOffset.MinValue;

        /// <returns>Whether the record is the conversation's newest so far.</returns>
        public bool Add(LogRecord record)
        {
            switch (record)
            {
                case DecisionRecord decision:
                    _decisions.Add(decision);
                    Turn(decision);
                    break;
                case OutcomeRecord outcome:
                    _outcome = _outcome is null || outcome.Timestamp < _outcome.Timestamp ? outcome : _outcome;
                    Turn(outcome);
                    break;
                case ListeningRecord listening:
                    _listening.Add(listening);
                    break;
            }

            if (record.Timestamp <= Newest)
            {
                return false;
            }

            Newest = record.Timestamp;
            return true;
        }

        public LoggedConversation ToLogged(DateTimeOffset asOf)
        {
            var first = _firstTurn ?? _listening.MinBy(l => l.Timestamp)!;
            return new LoggedConversation
            {
                ConversationId = id,
                Decisions = [.. _decisions.OrderBy(d => d.Turn).ThenBy(d => d.Timestamp)],
                Outcome = _outcome,
                Listening = _listening,
                UserKey = first.UserKey,
                Arm = first.Arm,
                PolicyVersion = first.PolicyVersion,
                StartedAt = first.Timestamp,
                LastTurnAt = _firstTurn is null ? Newest : _lastTurnAt,
                AsOf = asOf,
                Position = position,
            };
        }

        private void Turn(LogRecord record)
        {
            _firstTurn = _firstTurn is null || record.Timestamp < _firstTurn.Timestamp ? record : _firstTurn;
            _lastTurnAt = record.Timestamp > _lastTurnAt ? record.Timestamp : _lastTurnAt;
        }
    }
}
