namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>The standard normal distribution: CDF and quantile (Acklam's rational approximation, |error| &lt; 1.2e-9 after one Halley step).</summary>
public static class Normal
{
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    public static double Quantile(double p)
    {
        if (p is <= 0 or >= 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be strictly between 0 and 1.");
        }

        double[] a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];
        double[] b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
        double[] c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
        double[] d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p <= 1 - low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        // One Halley step on the CDF polishes the approximation to near double precision.
        var e = Cdf(x) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    /// <summary>Complementary error function: the Taylor series of erf below 2.5, Laplace's continued fraction above.</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        double result;
        if (z < 2.5)
        {
            // erf series: erf(z) = 2/sqrt(pi) * sum_{n} (-1)^n z^(2n+1) / (n! (2n+1))
            double sum = z, term = z, z2 = z * z;
            for (var n = 1; n < 100; n++)
            {
                term *= -z2 / n;
                var add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            result = 1 - 2 / Math.Sqrt(Math.PI) * sum;
        }
        else
        {
            // Continued fraction (Lentz) for erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + 1/2/(z + 1/(z + 3/2/(z + ...)))).
            var f = z;
            var cc = z;
            var dd = 0.0;
            for (var n = 1; n < 200; n++)
            {
                var an = n / 2.0;
                dd = z + an * dd;
                dd = dd == 0 ? 1e-300 : 1 / dd;
                cc = z + an / cc;
                if (cc == 0)
                {
                    cc = 1e-300;
                }

                var delta = cc * dd;
                f *= delta;
                if (Math.Abs(delta - 1) < 1e-16)
                {
                    break;
                }
            }

            result = Math.Exp(-z * z) / Math.Sqrt(Math.PI) / f;
        }

        return x >= 0 ? result : 2 - result;
    }
}
