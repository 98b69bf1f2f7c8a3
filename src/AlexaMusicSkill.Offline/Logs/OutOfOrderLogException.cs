namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// A decision or outcome record arrived for a conversation the reader had already yielded as complete: the log is out of
/// time order by more than the window, and reading on would split that conversation in two.
/// <see cref="RecordLog.Read{T}(IEnumerable{string}, Func{IEnumerable{LoggedConversation}, T}, RecordLogOptions)"/>
/// recovers by sorting; the plain <c>Conversations</c> readers leave it to the caller.
/// </summary>
public sealed class OutOfOrderLogException(string message) : Exception(message);
