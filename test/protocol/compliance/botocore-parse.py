#!/usr/bin/env python3
"""Parse Nimbus's serialized responses with botocore, as a client would.

Reads a JSON list of cases on stdin: {key, metadata, shapes, given, response:
{status_code, headers, body (base64)}, error: bool}. Writes a JSON list of
{key, parsed} or {key, failure}. Parsing follows botocore's own compliance
runner (tests/unit/test_protocols.py): the error shape's members are parsed
onto the error, blobs read as UTF-8, timestamps as epoch seconds, special
floats as strings, ResponseMetadata dropped.
"""
import base64, json, math, sys

from botocore.awsrequest import HeadersDict
from botocore.eventstream import EventStream
from botocore.model import NoShapeFoundError, OperationModel, ServiceModel
from botocore.parsers import EC2QueryParser, JSONParser, QueryParser, RestJSONParser, RestXMLParser, RpcV2CBORParser
from botocore.utils import parse_timestamp
from dateutil.tz import tzutc

PARSERS = {
    "ec2": EC2QueryParser, "query": QueryParser, "json": JSONParser,
    "rest-json": RestJSONParser, "rest-xml": RestXMLParser, "smithy-rpc-v2-cbor": RpcV2CBORParser,
}


def epoch(value):
    return parse_timestamp(value).astimezone(tzutc()).timestamp()


class RawStream:
    def __init__(self, data):
        self._data = data

    def stream(self):
        yield self._data


def plain(value):
    if isinstance(value, EventStream):
        return [plain(event) for event in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    return value


def parse(case):
    given = case["given"]
    model = ServiceModel({"metadata": case["metadata"], "shapes": case["shapes"], "operations": {given["name"]: given}})
    operation = OperationModel(given, model)
    protocol = model.metadata["protocol"]
    parser = PARSERS[protocol](timestamp_parser=epoch)
    body = base64.b64decode(case["response"]["body"])
    response = {
        "status_code": case["response"]["status_code"],
        "headers": HeadersDict(case["response"]["headers"]),
        "body": RawStream(body) if operation.has_event_stream_output else body,
        "context": {"operation_name": given["name"]},
    }
    parsed = parser.parse(response, operation.output_shape)
    if case["error"]:
        try:
            error_shape = model.shape_for_error_code(parsed.get("Error", {}).get("Code"))
        except NoShapeFoundError:
            error_shape = None
        if error_shape is not None:
            parsed.update(parser.parse(response, error_shape))
        # Codes and messages are compared; other members botocore leaves under Error are its own artefacts.
        parsed["Error"] = {k: v for k, v in parsed.get("Error", {}).items() if k in ("Code", "Message")}
    parsed.pop("ResponseMetadata", None)
    return plain(parsed)


def main():
    out = []
    for case in json.load(sys.stdin):
        try:
            out.append({"key": case["key"], "parsed": parse(case)})
        except Exception as error:  # one case's failure is that case's answer, not the batch's
            out.append({"key": case["key"], "failure": f"{type(error).__name__}: {error}"})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
