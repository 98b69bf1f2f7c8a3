namespace AlexaMusicSkill.Offline.Evaluation.RewardModels;

/// <summary>Accumulates XᵀX and Xᵀy row by row and solves the ridge normal equations by Cholesky.</summary>
internal sealed class LeastSquares(int parameters)
{
    private readonly double[] _xtx = new double[parameters * parameters];
    private readonly double[] _xty = new double[parameters];

    public int Rows { get; private set; }

    public void Add(ReadOnlySpan<double> x, double y)
    {
        for (var i = 0; i < parameters; i++)
        {
            _xty[i] += x[i] * y;
            for (var j = 0; j <= i; j++)
            {
                _xtx[(i * parameters) + j] += x[i] * x[j];
            }
        }

        Rows++;
    }

    /// <summary>β minimising |y − Xβ|² + ridge·|β|² (the first coefficient, the intercept, is not penalised).</summary>
    public double[] Solve(double ridge)
    {
        var p = parameters;
        var a = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                a[(i * p) + j] = _xtx[(i * p) + j];
            }

            a[(i * p) + i] += i == 0 ? 1e-9 : ridge;
        }

        // Cholesky: a = L Lᵀ, L in the lower triangle.
        for (var j = 0; j < p; j++)
        {
            var diagonal = a[(j * p) + j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= a[(j * p) + k] * a[(j * p) + k];
            }

            a[(j * p) + j] = Math.Sqrt(Math.Max(diagonal, 1e-12));
            for (var i = j + 1; i < p; i++)
            {
                var sum = a[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= a[(i * p) + k] * a[(j * p) + k];
                }

                a[(i * p) + j] = sum / a[(j * p) + j];
            }
        }

        var z = new double[p];
        for (var i = 0; i < p; i++)
        {
            var sum = _xty[i];
            for (var k = 0; k < i; k++)
            {
                sum -= a[(i * p) + k] * z[k];
            }

            z[i] = sum / a[(i * p) + i];
        }

        var beta = new double[p];
        for (var i = p - 1; i >= 0; i--)
        {
            var sum = z[i];
            for (var k = i + 1; k < p; k++)
            {
                sum -= a[(k * p) + i] * beta[k];
            }

            beta[i] = sum / a[(i * p) + i];
        }

        return beta;
    }
}
