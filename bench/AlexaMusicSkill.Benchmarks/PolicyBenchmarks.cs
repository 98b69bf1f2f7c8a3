using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;
using BenchmarkDotNet.Attributes;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>The parts of a decision: candidate generation over the catalog, features, and scoring (budget ≤ 20 µs for 30 × 200 trees).</summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private CandidateGenerator _generator = null!;
    private FeatureExtractor _features = null!;
    private LearnedPolicy _policy = null!;
    private DialogueState _state = null!;
    private CandidateSet _set = null!;
    private float[] _matrix = null!;
    private double[] _scores = null!;
    private readonly UserMeaning _trigger = UserMeaning.Of(UserAct.SomethingElse);

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BuiltInCatalog.Load("https://media.musicfinder.example.com");
        _generator = new CandidateGenerator(catalog);
        _features = new FeatureExtractor(catalog);
        _policy = PolicyModelLoader.Load(PolicyModelLoader.Serialize(SyntheticModels.Trees())).Policy!;
        _state = new DialogueState { ConversationId = "c", Turn = 1, Taste = new TasteConstraints { Mood = "LAID_BACK" } };
        _set = _generator.Generate(DecisionQueries.For(_state, UserProfile.Empty, _trigger));
        _matrix = _features.ExtractAll(_set.Context, _set.Candidates);
        _scores = new double[_set.Candidates.Count];
    }

    public int CandidateCount => _set.Candidates.Count;

    [Benchmark]
    public CandidateSet GenerateCandidates() => _generator.Generate(DecisionQueries.For(_state, UserProfile.Empty, _trigger));

    [Benchmark]
    public void ExtractFeatures() => _features.ExtractAll(_set.Context, _set.Candidates, _matrix);

    [Benchmark]
    public void Score200Trees() => _policy.Score(_set.Context, _set.Candidates, _matrix, _scores);
}
