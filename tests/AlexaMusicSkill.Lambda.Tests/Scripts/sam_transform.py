#!/usr/bin/env python3
"""Transform template.yaml offline with the installed aws-sam-translator and print the CloudFormation JSON.

Usage: sam_transform.py [--resolve-conditions] TEMPLATE [Name=Value ...]
Only the installed samtranslator (and its PyYAML) is used: no AWS account, no network. The managed-policy
loader is a dummy (SAM still names AWSLambdaBasicExecutionRole by ARN), and CodeUri is rewritten to an
s3:// URI because the translator does not package local code.
With --resolve-conditions the Conditions are evaluated for the given parameters (or their defaults), as
CloudFormation would at deploy time, and resources and outputs whose condition is false are dropped.
"""
import json
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies:
    def load(self):
        return {}


def evaluate(expression, parameters, conditions, cache):
    """Evaluates a condition expression (Fn::Equals/Not/And/Or, Condition, Ref to a parameter)."""
    if isinstance(expression, dict):
        (name, value), = expression.items()
        if name == "Fn::Equals":
            left, right = (evaluate(v, parameters, conditions, cache) for v in value)
            return str(left) == str(right)
        if name == "Fn::Not":
            return not evaluate(value[0], parameters, conditions, cache)
        if name == "Fn::And":
            return all(evaluate(v, parameters, conditions, cache) for v in value)
        if name == "Fn::Or":
            return any(evaluate(v, parameters, conditions, cache) for v in value)
        if name == "Condition":
            return condition(value, parameters, conditions, cache)
        if name == "Ref":
            return parameters[value]
        raise ValueError("unsupported in a condition: " + name)
    return expression


def condition(name, parameters, conditions, cache):
    if name not in cache:
        cache[name] = bool(evaluate(conditions[name], parameters, conditions, cache))
    return cache[name]


def resolve_conditions(output, given):
    parameters = {k: str(v.get("Default", "")) for k, v in output.get("Parameters", {}).items()}
    parameters.update(given)
    conditions = output.get("Conditions", {})
    cache = {}
    for section in ("Resources", "Outputs"):
        items = output.get(section, {})
        for key in [k for k, v in items.items() if "Condition" in v]:
            if not condition(items[key]["Condition"], parameters, conditions, cache):
                del items[key]
    return output


def main(argv):
    resolve = "--resolve-conditions" in argv
    argv = [a for a in argv if a != "--resolve-conditions"]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with open(argv[1], encoding="utf-8") as f:
        template = yaml_parse(f.read())
    for resource in template.get("Resources", {}).values():
        if resource.get("Type") == "AWS::Serverless::Function":
            resource.setdefault("Properties", {})["CodeUri"] = "s3://local-bucket/function.zip"
    parameters = dict(arg.split("=", 1) for arg in argv[2:])
    output = transform(template, parameters, NoManagedPolicies())
    if resolve:
        output = resolve_conditions(output, parameters)
    json.dump(output, sys.stdout, indent=1, sort_keys=True, default=str)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
