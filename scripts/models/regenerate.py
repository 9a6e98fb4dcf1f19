#!/usr/bin/env python3
"""Regenerate models/ from a botocore installation.

Copies each in-scope service's newest service-2.json, drops documentation and
examples (they are most of the bytes and none of the wire), and writes the
models with sorted keys so regenerations diff cleanly.
Usage: python3 scripts/models/regenerate.py [botocore-data-dir] [query-overlay-data-dir]

Services marked awsQueryCompatible (SQS) still answer the query protocol, but
botocore's JSON-era model has lost the query wire names (flattened element
names, result wrappers, the AWS.SimpleQueueService.* error codes). Those are
taken from the last query-protocol model of the service, which Debian's awscli
package still ships; pass its botocore data dir as the second argument.
"""
import gzip, json, os, sys

SERVICES = [
    "dynamodb", "dynamodbstreams", "sqs", "sns", "lambda", "s3", "kinesis", "firehose",
    "cloudwatch", "logs", "events", "scheduler", "pipes", "xray", "cloudtrail",
    "cloudformation", "cloudfront", "ecs", "ecr", "elasticbeanstalk", "codedeploy",
    "iam", "sts", "ssm", "secretsmanager", "kms", "schemas", "kinesisanalyticsv2",
]
DROPPED_KEYS = {"documentation", "documentationUrl", "examples", "deprecatedMessage"}


def botocore_data_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), "data")


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


QUERY_OVERLAY_DEFAULT = "/usr/lib/python3/dist-packages/awscli/botocore/data"


def query_overlay_dir():
    return sys.argv[2] if len(sys.argv) > 2 else QUERY_OVERLAY_DEFAULT


def needs_query_overlay(model):
    meta = model["metadata"]
    speaks_query = meta.get("protocol") == "query" or "query" in meta.get("protocols", [])
    return "awsQueryCompatible" in meta and not speaks_query


def overlay_query_traits(model, query_model):
    """Copy the query wire traits of query_model onto model, shape by shape.

    Element names go in as `xmlName` (Smithy's name for the trait), not
    `locationName`: JSON serializers honour locationName, and SQS's JSON wire
    uses the member names.
    """
    def as_xml_name(old, new):
        if "locationName" in old:
            new["xmlName"] = old["locationName"]
        if old.get("flattened"):
            new["flattened"] = True

    for name, op in query_model["operations"].items():
        wrapper = op.get("output", {}).get("resultWrapper")
        if wrapper and name in model["operations"] and "output" in model["operations"][name]:
            model["operations"][name]["output"]["resultWrapper"] = wrapper
    for name, old in query_model["shapes"].items():
        new = model["shapes"].get(name)
        if new is None or new.get("type") != old.get("type"):
            continue
        if "error" in old:
            new["error"] = old["error"]
        as_xml_name(old, new)
        for ref in ("member", "key", "value"):
            if ref in old and ref in new:
                as_xml_name(old[ref], new[ref])
        for member, old_ref in old.get("members", {}).items():
            new_ref = new.get("members", {}).get(member)
            if new_ref is not None:
                as_xml_name(old_ref, new_ref)
    if "xmlNamespace" in query_model["metadata"]:
        model["metadata"]["xmlNamespace"] = query_model["metadata"]["xmlNamespace"]


def load_service(data, service):
    folder_root = os.path.join(data, service)
    if not os.path.isdir(folder_root):
        return None
    version = sorted(os.listdir(folder_root))[-1]
    folder = os.path.join(folder_root, version)
    name = next(n for n in os.listdir(folder) if n.startswith("service-2.json"))
    return version, load(os.path.join(folder, name))


def trim(node):
    if isinstance(node, dict):
        return {k: trim(v) for k, v in node.items() if k not in DROPPED_KEYS}
    if isinstance(node, list):
        return [trim(v) for v in node]
    return node


def main():
    data = botocore_data_dir()
    out_dir = os.path.join(os.path.dirname(__file__), "..", "..", "models")
    os.makedirs(out_dir, exist_ok=True)
    import botocore
    for service in SERVICES:
        version, model = load_service(data, service)
        model = trim(model)
        note = ""
        if needs_query_overlay(model):
            found = load_service(query_overlay_dir(), service)
            if found is None or found[1]["metadata"].get("protocol") != "query":
                sys.exit(f"{service}: no query-protocol model in {query_overlay_dir()} to take query traits from")
            overlay_query_traits(model, found[1])
            note = f"  (query traits from {found[0]} query model)"
        with open(os.path.join(out_dir, f"{service}.json"), "w", encoding="utf-8") as f:
            json.dump(model, f, sort_keys=True, separators=(",", ":"))
            f.write("\n")
        print(f"{service:18} {version}  {len(model['operations'])} operations{note}")
    with open(os.path.join(out_dir, "SOURCE"), "w", encoding="utf-8") as f:
        f.write(f"botocore {botocore.__version__}\n")


if __name__ == "__main__":
    main()
