"""A stub AWS Config endpoint for the cold-start benchmark: answers PutEvaluations with
{"FailedEvaluations":[]} and counts the calls (GET /calls). Anything else is a 400 with an AWS-shaped error,
so a variant that sends the wrong request fails loudly instead of being timed."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

calls = {"PutEvaluations": 0, "rejected": 0}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _answer(self, status, body, content_type="application/x-amz-json-1.1"):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", "00000000-0000-0000-0000-%012d" % sum(calls.values()))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/calls":
            self._answer(200, calls, "application/json")
        else:
            self._answer(404, {"__type": "NotFound"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        target = self.headers.get("X-Amz-Target", "")
        signed = self.headers.get("Authorization", "").startswith("AWS4-HMAC-SHA256 Credential=")
        try:
            request = json.loads(body)
        except ValueError:
            request = None
        if (target == "StarlingDoveService.PutEvaluations" and signed and isinstance(request, dict)
                and request.get("ResultToken") and isinstance(request.get("Evaluations"), list)):
            calls["PutEvaluations"] += 1
            self._answer(200, {"FailedEvaluations": []})
        else:
            calls["rejected"] += 1
            self._answer(400, {"__type": "ValidationException", "message": "stub expects a signed PutEvaluations, got " + target})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 5104
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
