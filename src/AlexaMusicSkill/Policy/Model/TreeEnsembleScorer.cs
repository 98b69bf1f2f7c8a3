using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AlexaMusicSkill.Policy.Model;

/// <summary>
/// Evaluates an exported tree ensemble without any ML dependency. Every node of every tree is one 16-byte struct in
/// one array (a node visit touches one cache line), children are absolute positions, and a decision's candidates
/// are scored tree by tree so each tree stays hot while all candidates pass through it. No allocation per call.
/// </summary>
public sealed class TreeEnsembleScorer : IRewardModel
{
    private readonly Node[] _nodes;
    private readonly int[] _treeRoot;
    private readonly double[] _leafValue;
    private readonly double[] _treeWeight;
    private readonly double _bias;

    public TreeEnsembleScorer(ModelArtifact artifact)
    {
        var trees = artifact.Trees;
        FeatureCount = artifact.FeatureNames.Count;
        _bias = artifact.Bias;
        _treeRoot = new int[trees.Count];
        _treeWeight = new double[trees.Count];
        _nodes = new Node[trees.Sum(t => t.SplitFeatures.Count)];
        _leafValue = new double[trees.Sum(t => t.LeafValues.Count)];

        int nodeOffset = 0, leafOffset = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            Validate(tree, t, FeatureCount);
            _treeWeight[t] = tree.Weight;
            if (tree.SplitFeatures.Count == 0)
            {
                // A single-leaf tree: its root "points" straight at its leaf.
                _treeRoot[t] = ~leafOffset;
            }
            else
            {
                _treeRoot[t] = nodeOffset;
                for (var n = 0; n < tree.SplitFeatures.Count; n++)
                {
                    _nodes[nodeOffset + n] = new Node(
                        tree.SplitFeatures[n],
                        tree.Thresholds[n],
                        Absolute(tree.LeftChildren[n], nodeOffset, leafOffset),
                        Absolute(tree.RightChildren[n], nodeOffset, leafOffset),
                        tree.NaNGoesLeft is { } nan && nan[n]);
                }
            }

            for (var l = 0; l < tree.LeafValues.Count; l++)
            {
                _leafValue[leafOffset + l] = tree.LeafValues[l];
            }

            nodeOffset += tree.SplitFeatures.Count;
            leafOffset += tree.LeafValues.Count;
        }
    }

    public int FeatureCount { get; }

    public int TreeCount => _treeRoot.Length;

    public double Predict(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features, got {features.Length}.", nameof(features));
        }

        var sum = _bias;
        for (var t = 0; t < _treeRoot.Length; t++)
        {
            sum += _treeWeight[t] * _leafValue[Leaf(_treeRoot[t], features)];
        }

        return sum;
    }

    /// <summary>Scores <paramref name="rows"/> feature rows of <paramref name="width"/> floats, tree by tree.</summary>
    public void PredictRows(ReadOnlySpan<float> matrix, int rows, int width, Span<double> output)
    {
        if (width < FeatureCount || matrix.Length < rows * width || output.Length < rows)
        {
            throw new ArgumentException($"Expected {rows} rows of at least {FeatureCount} features and {rows} outputs.");
        }

        output[..rows].Fill(_bias);
        for (var t = 0; t < _treeRoot.Length; t++)
        {
            var root = _treeRoot[t];
            var weight = _treeWeight[t];
            for (var r = 0; r < rows; r++)
            {
                output[r] += weight * _leafValue[Leaf(root, matrix.Slice(r * width, width))];
            }
        }
    }

    /// <summary>The leaf index a row lands in, from a tree's root (a negative root is already a leaf).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Leaf(int root, ReadOnlySpan<float> features)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var x = ref MemoryMarshal.GetReference(features);
        var next = root;
        while (next >= 0)
        {
            ref readonly var node = ref Unsafe.Add(ref nodes, next);
            var value = Unsafe.Add(ref x, node.Feature);
            var goLeft = value <= node.Threshold || (float.IsNaN(value) && node.NaNGoesLeft);
            next = goLeft ? node.Left : node.Right;
        }

        return ~next;
    }

    private static int Absolute(int child, int nodeOffset, int leafOffset) => child >= 0 ? nodeOffset + child : ~(leafOffset + ~child);

    private static void Validate(TreeArtifact tree, int index, int featureCount)
    {
        var n = tree.SplitFeatures.Count;
        if (tree.Thresholds.Count != n || tree.LeftChildren.Count != n || tree.RightChildren.Count != n || (tree.NaNGoesLeft is { } nan && nan.Count != n))
        {
            throw new InvalidDataException($"Tree {index}: node arrays differ in length.");
        }

        if (tree.LeafValues.Count != n + 1)
        {
            throw new InvalidDataException($"Tree {index}: a binary tree with {n} splits has {n + 1} leaves, not {tree.LeafValues.Count}.");
        }

        for (var i = 0; i < n; i++)
        {
            // Feature indexes and child positions are checked here once, so the hot loop can skip bounds checks.
            if (tree.SplitFeatures[i] < 0 || tree.SplitFeatures[i] >= featureCount)
            {
                throw new InvalidDataException($"Tree {index}, node {i}: split feature {tree.SplitFeatures[i]} is outside 0..{featureCount - 1}.");
            }

            foreach (var child in (ReadOnlySpan<int>)[tree.LeftChildren[i], tree.RightChildren[i]])
            {
                var valid = child >= 0 ? child > i && child < n : ~child < n + 1;
                if (!valid)
                {
                    throw new InvalidDataException($"Tree {index}, node {i}: child {child} is not a later node or a leaf.");
                }
            }
        }
    }

    /// <summary>One split: go left when the feature is at most the threshold (NaN as recorded); children &lt; 0 are leaves.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly struct Node(int feature, float threshold, int left, int right, bool nanGoesLeft)
    {
        public readonly int Feature = feature;
        public readonly float Threshold = threshold;
        public readonly int Left = left;
        public readonly int Right = right;
        public readonly bool NaNGoesLeft = nanGoesLeft;
    }
}
