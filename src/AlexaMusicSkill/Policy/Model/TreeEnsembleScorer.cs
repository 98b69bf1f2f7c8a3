namespace AlexaMusicSkill.Policy.Model;

/// <summary>
/// Evaluates an exported tree ensemble without any ML dependency: all trees flattened into a few arrays, one loop
/// per tree, no allocation per call. About 30 candidates × 200 trees per decision in a few microseconds.
/// </summary>
public sealed class TreeEnsembleScorer : IRewardModel
{
    private readonly int[] _treeRoot;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly bool[] _nanLeft;
    private readonly int[] _leafBase;
    private readonly double[] _leafValue;
    private readonly double[] _treeWeight;
    private readonly bool[] _singleLeaf;
    private readonly double _bias;

    public TreeEnsembleScorer(ModelArtifact artifact)
    {
        var trees = artifact.Trees;
        FeatureCount = artifact.FeatureNames.Count;
        _bias = artifact.Bias;
        _treeRoot = new int[trees.Count];
        _leafBase = new int[trees.Count];
        _treeWeight = new double[trees.Count];
        _singleLeaf = new bool[trees.Count];
        var nodes = trees.Sum(t => t.SplitFeatures.Count);
        _feature = new int[nodes];
        _threshold = new float[nodes];
        _left = new int[nodes];
        _right = new int[nodes];
        _nanLeft = new bool[nodes];
        _leafValue = new double[trees.Sum(t => t.LeafValues.Count)];

        int nodeOffset = 0, leafOffset = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            Validate(tree, t, FeatureCount);
            _treeRoot[t] = nodeOffset;
            _leafBase[t] = leafOffset;
            _treeWeight[t] = tree.Weight;
            _singleLeaf[t] = tree.SplitFeatures.Count == 0;
            for (var n = 0; n < tree.SplitFeatures.Count; n++)
            {
                _feature[nodeOffset + n] = tree.SplitFeatures[n];
                _threshold[nodeOffset + n] = tree.Thresholds[n];
                // Internal children are stored as absolute node positions; leaves stay negative (~leaf).
                _left[nodeOffset + n] = tree.LeftChildren[n] >= 0 ? nodeOffset + tree.LeftChildren[n] : tree.LeftChildren[n];
                _right[nodeOffset + n] = tree.RightChildren[n] >= 0 ? nodeOffset + tree.RightChildren[n] : tree.RightChildren[n];
                _nanLeft[nodeOffset + n] = tree.NaNGoesLeft is { } nan && nan[n];
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
            sum += _treeWeight[t] * Leaf(t, features);
        }

        return sum;
    }

    private double Leaf(int tree, ReadOnlySpan<float> features)
    {
        if (_singleLeaf[tree])
        {
            return _leafValue[_leafBase[tree]];
        }

        var node = _treeRoot[tree];
        while (true)
        {
            var value = features[_feature[node]];
            var goLeft = float.IsNaN(value) ? _nanLeft[node] : value <= _threshold[node];
            var next = goLeft ? _left[node] : _right[node];
            if (next < 0)
            {
                return _leafValue[_leafBase[tree] + ~next];
            }

            node = next;
        }
    }

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
}
