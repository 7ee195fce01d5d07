#!/usr/bin/env python3
"""A stub of the AWS Config JSON 1.1 API (X-Amz-Target: StarlingDoveService.*) holding N generated S3 buckets.

It answers the calls a periodic rule makes in Lambda, in AWS's wire shapes and limits (Limit <= 100 for
SelectResourceConfig, ListDiscoveredResources and GetComplianceDetailsByConfigRule; <= 100 keys for
BatchGetResourceConfig; <= 100 evaluations for PutEvaluations), sleeps a fixed latency per call, and counts
calls by operation. GET /stats returns the counts as JSON; POST /reset clears them.

    config_stub.py --port 5105 --buckets 10000 --latency-ms 20
"""
import argparse
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT = "123456789012"
REGION = "us-east-1"
MAX = 100
FIELDS = ["resourceId", "resourceType", "resourceName", "arn", "accountId", "awsRegion", "availabilityZone",
          "configuration", "supplementaryConfiguration", "tags", "relationships", "configurationItemCaptureTime",
          "configurationItemStatus", "resourceCreationTime"]


def bucket(i):
    """An S3 bucket item as an advanced query returns it: configuration and supplementary values as objects."""
    name = f"bench-{i:06d}-{hashlib.md5(str(i).encode()).hexdigest()[:8]}"
    kind = i % 10
    if kind < 6:  # logs to the central log bucket
        logging = {"destinationBucketName": "bench-log-archive", "logFilePrefix": f"s3-access/{name}/"}
    elif kind < 8:  # a log bucket of its own, tagged as one
        logging = {"destinationBucketName": None, "logFilePrefix": None}
    else:  # logging off
        logging = {"destinationBucketName": None, "logFilePrefix": None}
    tags = [{"key": "owner", "value": f"team-{i % 37}@example.com"}, {"key": "data-classification", "value": "internal"}]
    if 6 <= kind < 8:
        tags.append({"key": "msb:log-target", "value": "true"})
    owner = {"displayName": None, "id": "0f3e2b1c9a8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f"}
    return {
        "resourceId": name, "resourceType": "AWS::S3::Bucket", "resourceName": name, "arn": f"arn:aws:s3:::{name}",
        "accountId": ACCOUNT, "awsRegion": REGION, "availabilityZone": "Regional",
        "configuration": {"name": name, "owner": owner, "creationDate": "2023-05-02T10:11:42.000Z"},
        "supplementaryConfiguration": {
            "AccessControlList": json.dumps({"grantSet": None, "grantList": [{"grantee": {"id": owner["id"], "displayName": None},
                                             "permission": "FullControl"}], "owner": owner, "isRequesterCharged": False}),
            "BucketAccelerateConfiguration": {"status": None},
            "BucketLoggingConfiguration": logging,
            "BucketNotificationConfiguration": {"configurations": {}},
            "BucketPolicy": {"policyText": None},
            "BucketVersioningConfiguration": {"status": "Enabled", "isMfaDeleteEnabled": None},
            "IsRequesterPaysEnabled": False,
            "PublicAccessBlockConfiguration": {"blockPublicAcls": True, "ignorePublicAcls": True,
                                               "blockPublicPolicy": True, "restrictPublicBuckets": True},
        },
        "tags": tags, "relationships": [],
        "configurationItemCaptureTime": "2026-11-28T06:12:31.204Z", "configurationItemStatus": "OK",
        "resourceCreationTime": "2023-05-02T10:11:42.000Z",
    }


class State:
    def __init__(self, n, latency, rule_name):
        self.items = [bucket(i) for i in range(n)]
        self.rows = [json.dumps(i, separators=(",", ":")) for i in self.items]
        self.latency = latency
        self.rule_name = rule_name
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.calls = {}
            self.evaluations = 0
            self.evaluated = set()
            self.first = None
            self.last = None

    def count(self, op):
        with self.lock:
            self.calls[op] = self.calls.get(op, 0) + 1
            now = time.time()
            self.first = self.first or now
            self.last = now


class Error(Exception):
    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def page(state_list, body, limit_key, token_key, default=MAX):
    limit = body.get(limit_key) or default
    if not isinstance(limit, int) or limit < 0 or limit > MAX:
        raise Error("InvalidLimitException", f"1 validation error detected: Value '{limit}' at '{limit_key}' failed to satisfy constraint: Member must have value less than or equal to 100")
    start = int(body.get(token_key) or 0)
    end = min(start + (limit or MAX), len(state_list))
    return state_list[start:end], (str(end) if end < len(state_list) else None)


def handle(state, op, body):
    if op == "DescribeConfigurationRecorders":
        return {"ConfigurationRecorders": [{"name": "default", "roleARN": f"arn:aws:iam::{ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
                "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": True, "resourceTypes": [],
                                   "exclusionByResourceTypes": {"resourceTypes": []}, "recordingStrategy": {"useOnly": "ALL_SUPPORTED_RESOURCE_TYPES"}},
                "recordingMode": {"recordingFrequency": "CONTINUOUS"}}]}
    if op == "DescribeConfigurationRecorderStatus":
        return {"ConfigurationRecordersStatus": [{"name": "default", "lastStartTime": 1.711526528511E9, "recording": True,
                "lastStatus": "SUCCESS", "lastStatusChangeTime": 1.732964411357E9}]}
    if op == "SelectResourceConfig":
        expr = body.get("Expression", "")
        rows = state.rows if "AWS::S3::Bucket" in expr else []
        got, token = page(rows, body, "Limit", "NextToken")
        out = {"Results": got, "QueryInfo": {"SelectFields": [{"Name": f} for f in FIELDS]}}
        if token: out["NextToken"] = token
        return out
    if op == "ListDiscoveredResources":
        items = state.items if body.get("resourceType") == "AWS::S3::Bucket" else []
        got, token = page(items, body, "limit", "nextToken")
        out = {"resourceIdentifiers": [{"resourceType": i["resourceType"], "resourceId": i["resourceId"], "resourceName": i["resourceName"]} for i in got]}
        if token: out["nextToken"] = token
        return out
    if op == "BatchGetResourceConfig":
        keys = body.get("resourceKeys") or []
        if len(keys) > MAX:
            raise Error("ValidationException", "resourceKeys: Member must have length less than or equal to 100")
        by_id = {i["resourceId"]: i for i in state.items}
        found = [api_item(by_id[k["resourceId"]]) for k in keys if k["resourceId"] in by_id]
        return {"baseConfigurationItems": found, "unprocessedResourceKeys": []}
    if op == "GetResourceConfigHistory":
        by_id = {i["resourceId"]: i for i in state.items}
        item = by_id.get(body.get("resourceId"))
        if item is None:
            raise Error("ResourceNotDiscoveredException", f"Resource {body.get('resourceId')} of resourceType:{body.get('resourceType')} is unknown or has not been discovered")
        full = api_item(item)
        full["tags"] = {t["key"]: t["value"] for t in item["tags"]}
        full["relationships"] = []
        return {"configurationItems": [full]}
    if op == "GetComplianceDetailsByConfigRule":
        # steady state: the previous run evaluated every bucket, so nothing is stale
        got, token = page(state.items, body, "Limit", "NextToken")
        results = [{"EvaluationResultIdentifier": {"EvaluationResultQualifier": {"ConfigRuleName": body.get("ConfigRuleName"),
                    "ResourceType": i["resourceType"], "ResourceId": i["resourceId"]}, "OrderingTimestamp": 1.764e9},
                    "ComplianceType": "COMPLIANT", "ResultRecordedTime": 1.764e9, "ConfigRuleInvokedTime": 1.764e9} for i in got]
        out = {"EvaluationResults": results}
        if token: out["NextToken"] = token
        return out
    if op == "PutEvaluations":
        evaluations = body.get("Evaluations") or []
        if len(evaluations) > MAX:
            raise Error("ValidationException", "Evaluations: Member must have length less than or equal to 100")
        with state.lock:
            state.evaluations += len(evaluations)
            state.evaluated.update(e.get("ComplianceResourceId") for e in evaluations)
        return {"FailedEvaluations": []}
    raise Error("UnknownOperationException", f"stub does not serve {op}")


def api_item(i):
    """The API model's ConfigurationItem (BatchGet/History): configuration and supplementary values as strings."""
    return {"version": "1.3", "accountId": i["accountId"], "configurationItemCaptureTime": 1.7643e9, "configurationItemStatus": "OK",
            "arn": i["arn"], "resourceType": i["resourceType"], "resourceId": i["resourceId"], "resourceName": i["resourceName"],
            "awsRegion": i["awsRegion"], "availabilityZone": i["availabilityZone"], "resourceCreationTime": 1.683e9,
            "configuration": json.dumps(i["configuration"]),
            "supplementaryConfiguration": {k: (v if isinstance(v, str) else json.dumps(v)) for k, v in i["supplementaryConfiguration"].items()}}


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, obj, ctype="application/x-amz-json-1.1"):
            data = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-amzn-RequestId", hashlib.md5(str(time.time()).encode()).hexdigest())
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/stats":
                with state.lock:
                    self.reply(200, {"calls": state.calls, "evaluations": state.evaluations, "distinctResources": len(state.evaluated),
                                     "busySeconds": (state.last - state.first) if state.first else 0}, "application/json")
            else:
                self.reply(404, {"message": "GET /stats only"}, "application/json")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if self.path == "/reset":
                state.reset()
                return self.reply(200, {}, "application/json")
            target = self.headers.get("X-Amz-Target", "")
            op = target.split(".")[-1]
            state.count(op)
            time.sleep(state.latency)
            try:
                body = json.loads(raw or b"{}")
                if not target.startswith("StarlingDoveService."):
                    raise Error("UnknownOperationException", f"not an AWS Config call: {target!r}")
                self.reply(200, handle(state, op, body))
            except Error as e:
                self.reply(e.status, {"__type": e.code, "message": e.message})

    return Handler


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=5105)
    p.add_argument("--buckets", type=int, required=True)
    p.add_argument("--latency-ms", type=float, default=20)
    p.add_argument("--rule-name", default="msb-s3-access-logging")
    a = p.parse_args()
    state = State(a.buckets, a.latency_ms / 1000.0, a.rule_name)
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(state))
    print(f"config stub: {a.buckets} buckets, {a.latency_ms} ms per call, http://127.0.0.1:{a.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
