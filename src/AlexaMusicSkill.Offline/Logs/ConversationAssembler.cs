using System.Globalization;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// Groups records, in the order read, into conversations and yields each once complete, holding only the open ones.
/// <para>
/// Assumption (the function guarantees it: it continues a conversation only within its 30-minute timeout of the last
/// turn): a conversation's decision and outcome records lie within the window of each other.
/// Rule: a conversation is complete once a record read after it is more than the window newer than its newest record
/// (the log has moved past it), or more than the window older than its oldest (the log has jumped back in time: the
/// simulator's next listener, or files out of time order), or at the end of the input. Both are measured from records
/// read after the conversation's, not from the newest time ever read, so logs whose clock jumps back stream too.
/// </para>
/// <para>
/// So logs in time order stream in memory bounded by the conversations open at once (production's, out of order by
/// less than the window minus the longest pause between turns), and so do logs written conversation by conversation
/// whatever their times do in between (the simulator's: each listener's clock starts a minute after the previous one's,
/// hours before where that one ended).
/// </para>
/// <para>
/// Each conversation is yielded with <see cref="LoggedConversation.AsOf"/> = the newest time read by then, and one
/// without an outcome only once that is more than the window past its records (or at the end), so that whether it
/// expired is the same at its <see cref="LoggedConversation.AsOf"/> as at the log's newest record.
/// </para>
/// <para>
/// Listening records (a station playing) are the conversation's and keep it open while they keep coming. One that
/// arrives after its conversation was yielded (playback resumed after a long pause) opens a listening-only conversation
/// under the same id, which callers totalling listening add to the first. A decision or outcome record arriving after
/// its conversation was yielded means the log is out of time order beyond the window (or a conversation straddles a
/// jump back): it throws <see cref="OutOfOrderLogException"/>, it never splits the conversation.
/// </para>
/// </summary>
internal sealed class ConversationAssembler(RecordLogOptions options)
{
    private readonly Dictionary<string, OpenConversation> _open = new(StringComparer.Ordinal);
    // Each open conversation is queued by its newest (min first) and its oldest time (max first) as they were when it was
    // queued; a stale entry is re-queued when it comes up, and entries of closed conversations are dropped then, or
    // when they outnumber the open ones (so the queues stay the size of what is open).
    private readonly PriorityQueue<OpenConversation, DateTimeOffset> _byNewest = new();
    private readonly PriorityQueue<OpenConversation, DateTimeOffset> _byOldest = new(Comparer<DateTimeOffset>.Create((a, b) => b.CompareTo(a)));
    private readonly HashSet<UInt128> _yielded = [];
    private readonly PriorityQueue<LoggedConversation, long> _ready = new();
    private readonly PriorityQueue<OpenConversation, DateTimeOffset> _awaitingExpiry = new();
    private readonly SortedSet<long> _openPositions = [];
    private DateTimeOffset _newest = DateTimeOffset.MinValue;
    private long _position;

    public IEnumerable<LoggedConversation> Assemble(IEnumerable<(LogRecord Record, string? Source)> records)
    {
        foreach (var (record, source) in records)
        {
            OpenFor(record, source).Add(record);
            _newest = record.Timestamp > _newest ? record.Timestamp : _newest;
            _position++;
            var time = record.Timestamp;
            while (_byNewest.TryPeek(out var conversation, out var newest) && time - newest > options.Window)
            {
                _byNewest.Dequeue();
                if (!conversation.Closed && conversation.Newest > newest)
                {
                    _byNewest.Enqueue(conversation, conversation.Newest);
                }
                else if (!conversation.Closed)
                {
                    Close(conversation);
                }
            }

            while (_byOldest.TryPeek(out var conversation, out var oldest) && oldest - time > options.Window)
            {
                _byOldest.Dequeue();
                if (!conversation.Closed && conversation.Oldest < oldest)
                {
                    _byOldest.Enqueue(conversation, conversation.Oldest);
                }
                else if (!conversation.Closed)
                {
                    Close(conversation);
                }
            }

            Compact(_byNewest, c => c.Newest);
            Compact(_byOldest, c => c.Oldest);

            while (_awaitingExpiry.TryPeek(out _, out var newest) && _newest - newest > options.Window)
            {
                Ready(_awaitingExpiry.Dequeue());
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

        while (_awaitingExpiry.TryDequeue(out var waiting, out _))
        {
            Ready(waiting);
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

        open = new OpenConversation(record.ConversationId, fingerprint, _position, late, record.Timestamp);
        _open.Add(record.ConversationId, open);
        _byNewest.Enqueue(open, open.Newest);
        _byOldest.Enqueue(open, open.Oldest);
        if (options.InLogOrder)
        {
            _openPositions.Add(_position);
        }

        return open;
    }

    private void Compact(PriorityQueue<OpenConversation, DateTimeOffset> queue, Func<OpenConversation, DateTimeOffset> key)
    {
        if (queue.Count > (2 * _open.Count) + 16)
        {
            queue.Clear();
            queue.EnqueueRange(_open.Values.Select(c => (c, key(c))));
        }
    }

    private void Close(OpenConversation conversation)
    {
        conversation.Closed = true;
        _open.Remove(conversation.Id);
        _yielded.Add(conversation.Fingerprint);
        if (conversation.HasOutcome || _newest - conversation.Newest > options.Window)
        {
            Ready(conversation);
        }
        else
        {
            // Complete after a jump back, but the log's time has not passed it yet: its expiry must wait for that (or the end).
            _awaitingExpiry.Enqueue(conversation, conversation.Newest);
        }
    }

    private void Ready(OpenConversation conversation)
    {
        _openPositions.Remove(conversation.Position);
        _ready.Enqueue(conversation.ToLogged(_newest), conversation.Position);
    }

    /// <summary>The next complete conversation; in log order, only once no earlier one is still open.</summary>
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
            $"comes after that conversation was read as complete (the log had moved more than {minutes} minutes after or before its records). " +
            $"The log is out of time order by more than {minutes} minutes: sort it by time first " +
            "(files are read in the order given, folders in path order).");
    }

    /// <summary>A conversation still being read: its records so far, and what the summary needs of them.</summary>
    private sealed class OpenConversation(string id, UInt128 fingerprint, long position, bool lateListening, DateTimeOffset first)
    {
        private List<DecisionRecord> _decisions = [];
        private List<ListeningRecord> _listening = [];
        private OutcomeRecord? _outcome;
        private LogRecord? _firstTurn;
        private DateTimeOffset _lastTurnAt = DateTimeOffset.MinValue;

        public string Id => id;

        public UInt128 Fingerprint => fingerprint;

        public long Position => position;

        /// <summary>Opened by listening after the conversation had been yielded: only listening may follow.</summary>
        public bool LateListening => lateListening;

        public bool Closed { get; set; }

        public bool HasOutcome => _outcome is not null;

        public DateTimeOffset Newest { get; private set; } = first;

        public DateTimeOffset Oldest { get; private set; } = first;

        public void Add(LogRecord record)
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

            Newest = record.Timestamp > Newest ? record.Timestamp : Newest;
            Oldest = record.Timestamp < Oldest ? record.Timestamp : Oldest;
        }

        /// <summary>The conversation as read; its records are let go here (a queue may still hold this object a while).</summary>
        public LoggedConversation ToLogged(DateTimeOffset asOf)
        {
            var first = _firstTurn ?? _listening.MinBy(l => l.Timestamp)!;
            var conversation = new LoggedConversation
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
            (_decisions, _listening, _outcome, _firstTurn) = ([], [], null, null);
            return conversation;
        }

        private void Turn(LogRecord record)
        {
            _firstTurn = _firstTurn is null || record.Timestamp < _firstTurn.Timestamp ? record : _firstTurn;
            _lastTurnAt = record.Timestamp > _lastTurnAt ? record.Timestamp : _lastTurnAt;
        }
    }
}
