using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace AlexaMusicSkill.Tests.Fixtures;

/// <summary>Semantic JSON equality: property order is free, everything else (names, values, array order) must match.</summary>
internal static class JsonAssert
{
    /// <summary>
    /// Fails unless <paramref name="actual"/> equals <paramref name="expected"/> once the <paramref name="ignoredPaths"/>
    /// (JSON-pointer style, e.g. <c>/context/Viewport</c>) are removed from the expected side; each such path must exist.
    /// </summary>
    public static void Equivalent(string expected, string actual, params IEnumerable<string> ignoredPaths)
    {
        var expectedNode = JsonNode.Parse(expected);
        foreach (var path in ignoredPaths)
        {
            Remove(expectedNode, path);
        }

        var difference = FirstDifference(expectedNode, JsonNode.Parse(actual), "$");
        if (difference is not null)
        {
            throw new XunitException($"JSON differs at {difference}\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actual}");
        }
    }

    private static void Remove(JsonNode? root, string path)
    {
        var segments = path.Trim('/').Split('/');
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(segment, CultureInfo.InvariantCulture)] : parent?[segment];
        }

        var removed = parent switch
        {
            JsonObject obj => obj.Remove(segments[^1]),
            JsonArray array when int.TryParse(segments[^1], CultureInfo.InvariantCulture, out var index) && index < array.Count
                => RemoveAt(array, index),
            _ => false,
        };
        if (!removed)
        {
            throw new XunitException($"The ignored path {path} is not in the expected JSON; keep ignore lists current.");
        }
    }

    private static bool RemoveAt(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.TryGetPropertyValue(name, out var other))
                    {
                        return $"{path}.{name} (missing from actual)";
                    }

                    if (FirstDifference(value, other, $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(name => !e.ContainsKey(name));
                return extra is null ? null : $"{path}.{extra} (not expected)";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path} (expected {e.Count} items, got {a.Count})";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a) when SameScalar(e, a):
                return null;
            default:
                return $"{path} (expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"})";
        }
    }

    private static bool SameScalar(JsonValue expected, JsonValue actual)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            JsonValueKind.Number => decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => true,
        };
    }
}
