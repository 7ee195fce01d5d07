#!/usr/bin/env python3
"""A counting HTTP forwarder: every request is passed to the upstream (moto) unchanged and counted by
operation - X-Amz-Target for JSON protocols, Action= for query protocols (EC2, IAM, STS...), and for REST
APIs (S3, S3 Control, Lambda...) the method, service path and sub-resource, e.g. "s3 GET /{bucket}?logging".

    counting_proxy.py --port 5106 --upstream http://127.0.0.1:5105
GET /__stats returns {"calls": {op: n}, "total": n}; POST /__reset clears the counts.
"""
import argparse
import http.client
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}


def operation(method, path, headers, body):
    target = headers.get("X-Amz-Target")
    if target:
        return target
    ctype = headers.get("Content-Type", "")
    if method == "POST" and "x-www-form-urlencoded" in ctype:
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        if "Action" in form:
            service = auth_service(headers)
            return f"{service}:{form['Action'][0]}"
    url = urllib.parse.urlsplit(path)
    query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
    if "Action" in query:
        return f"{auth_service(headers)}:{query['Action'][0]}"
    service = auth_service(headers)
    parts = [p for p in url.path.split("/") if p]
    if service == "s3":
        shape = "/" if not parts else ("/{bucket}" if len(parts) == 1 else "/{bucket}/{key}")
    else:
        shape = "/" + "/".join(p if re.fullmatch(r"[a-z-]+|\d{4}-\d{2}-\d{2}|v\d+", p) else "{id}" for p in parts)
    subs = sorted(k for k in query if k not in ("max-keys", "prefix", "marker", "list-type", "continuation-token", "MaxItems", "Marker"))
    return f"{service} {method} {shape}" + ("?" + "&".join(subs) if subs else "")


def auth_service(headers):
    m = re.search(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/", headers.get("Authorization", ""))
    return m.group(1) if m else "?"


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.calls = {}

    def add(self, op):
        with self.lock:
            self.calls[op] = self.calls.get(op, 0) + 1


def make_handler(upstream, counts):
    up = urllib.parse.urlsplit(upstream)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def local(self, status, obj):
            data = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if self.path == "/__stats":
                with counts.lock:
                    return self.local(200, {"calls": dict(counts.calls), "total": sum(counts.calls.values())})
            if self.path == "/__reset":
                with counts.lock:
                    counts.calls.clear()
                return self.local(200, {})
            counts.add(operation(self.command, self.path, self.headers, body))
            conn = http.client.HTTPConnection(up.hostname, up.port, timeout=120)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            conn.request(self.command, self.path, body=body if body or self.command in ("POST", "PUT") else None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            self.send_response(resp.status)
            for k, v in resp.getheaders():
                if k.lower() not in HOP and k.lower() != "content-length":
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            conn.close()

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = forward

    return Handler


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=5106)
    p.add_argument("--upstream", default="http://127.0.0.1:5105")
    a = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(a.upstream, Counts()))
    print(f"counting proxy on http://127.0.0.1:{a.port} -> {a.upstream}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
