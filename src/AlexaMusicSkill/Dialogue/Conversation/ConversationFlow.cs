namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The conversation for launch and intent requests (and SessionEnded): the listener's act, read against what we
/// last asked or offered, goes to the first reaction in <see cref="Reactions"/> that handles it. Pure: reads the
/// input and the snapshot, returns effects; the runner saves them, and re-runs this on a lost race.
/// The list below is the whole dialogue at a glance; each reaction is one small file and gets only what it uses.
/// </summary>
internal sealed class ConversationFlow
{
    public ConversationFlow(DialogueServices services)
    {
        var ending = new TurnEnding(services);
        Reactions =
        [
            new RetriedRequestReaction(services.Renderer),   // a request we already applied: the same words again
            new EndReaction(ending),                         // stop, cancel, go home, session ended, forget me
            new StartReaction(services.Policies, new ExplorationShare(services.Exploration.Share, services.Random), services.NewConversationId, ending),
                                                             // launch; a request in a new session; anything after the end
            new AnswerReaction(ending),                      // "jazz", "the nineties", "help me find music"
            new LeadReaction(ending),                        // "play some upbeat pop", "more like this", "start over"
            new AcceptReaction(ending),                      // "yes"
            new RejectReaction(ending, services.Catalog),    // "no", "something else", "next"
            new FeedbackReaction(ending, services.Catalog),  // "love it", "hmm ok", "too slow", "not that artist"
            new RepairReaction(ending, services.Catalog),    // help, repeat, what's playing, not understood, player commands
        ];
    }

    /// <summary>In order: the first whose <see cref="IReaction.Handles"/> is true reacts. The last handles everything.</summary>
    public IReadOnlyList<IReaction> Reactions { get; }

    public TurnEffects Apply(TurnInput input, State.UserSnapshot snapshot)
    {
        var turn = ConversationTurn.Read(input, snapshot);
        foreach (var reaction in Reactions)
        {
            if (reaction.Handles(turn))
            {
                return reaction.React(turn);
            }
        }

        throw new InvalidOperationException("The last reaction handles every turn.");
    }
}
