#!/usr/bin/env python3
"""Transform template.yaml offline with the installed aws-sam-translator and print the CloudFormation JSON.

Usage: sam_transform.py TEMPLATE [Name=Value ...]
Only the installed samtranslator (and its PyYAML) is used: no AWS account, no network. The managed-policy
loader is a dummy (SAM still names AWSLambdaBasicExecutionRole by ARN), and CodeUri is rewritten to an
s3:// URI because the translator does not package local code.
"""
import json
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies:
    def load(self):
        return {}


def main(argv):
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
    json.dump(output, sys.stdout, indent=1, sort_keys=True, default=str)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
