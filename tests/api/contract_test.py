#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Property-based contract test: the OpenAPI document and the server agree.

    contract_test.py PATH/TO/eventdesk [--examples N] [--seed S]

Starts the real `eventdesk --headless --port 0` on a fresh data folder, reads the document it
serves (/api/v1/openapi.json) and, for every documented operation, sends requests generated
from it with Hypothesis: valid ones (bodies drawn from the request schema, documented query
parameters, ids of resources that exist) and invalid ones (mutated bodies, malformed JSON, the
wrong media type, bad path ids, unknown or malformed query parameters), with and without
credentials. Every answer must have a status the operation documents and a body that validates
against the documented schema (problem+json for errors). A request that breaks the request
schema must be refused (4xx); one that keeps it must never be refused as malformed (400/415).

Nothing here names a route: the test is driven by the document alone, so routes added later are
covered as soon as they are documented.
"""
import argparse
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import http.client
import urllib.parse

from hypothesis import HealthCheck, Phase, given, settings, strategies as st, seed as hseed
import jsonschema

METHODS = ("get", "post", "put", "patch", "delete")
RANGES = [("from", "to"), ("starts_at", "ends_at")]  # query parameters that bound a range
BAD_IDS = ["abc", "0", "-1", "1.5", "99999999999999999999", "+1", "01"]
FAILURES = []


def postgresql_database():
    """The pg twin (EVENTDESK_TEST_DATABASE=postgresql): --database for a fresh database in the
    test cluster (tests/pg/cluster.sh); otherwise nothing (SQLite in the data folder)."""
    if os.environ.get("EVENTDESK_TEST_DATABASE") != "postgresql":
        return []
    with open(os.environ["EVENTDESK_PG_CONNINFO_FILE"]) as f:
        conninfo = f.read().strip()
    fields = dict(pair.split("=", 1) for pair in conninfo.split())
    name = "contract_%d" % os.getpid()
    subprocess.run(["/usr/lib/postgresql/15/bin/psql", conninfo, "-qc", "CREATE DATABASE " + name],
                   check=True)
    return ["--database", "postgresql://%s@/%s?host=%s&port=%s"
            % (fields["user"], name, fields["host"], fields["port"])]


class Server:
    def __init__(self, binary):
        self.data = tempfile.mkdtemp(prefix="eventdesk-contract.")
        env = dict(os.environ)
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        env["HOME"] = self.data
        env["XDG_CONFIG_HOME"] = os.path.join(self.data, "config")
        env["XDG_DATA_HOME"] = os.path.join(self.data, "share")
        command = [binary, "--headless", "--port", "0", "--data-dir", self.data]
        command += postgresql_database()
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
        self.url = None
        for line in self.process.stdout:
            match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if match:
                self.port = int(match.group(1))
                self.url = match.group(0)
                break
        if not self.url:
            raise SystemExit("the server did not print its URL")
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                self.connection.request(method, path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return response.status, {k.lower(): v for k, v in response.getheaders()}, data
            except (http.client.HTTPException, ConnectionError, OSError):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.data, ignore_errors=True)


# -- the document --------------------------------------------------------------------------

class Document:
    def __init__(self, document):
        self.document = document
        self.resolver = jsonschema.RefResolver.from_schema(document)

    def resolve(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            node = self.resolver.resolve(node["$ref"])[1]
            seen += 1
            assert seen < 20, "reference loop"
        return node

    def validate(self, instance, schema):
        validator = jsonschema.Draft202012Validator(
            schema, resolver=self.resolver, format_checker=jsonschema.FormatChecker())
        return [e.message for e in validator.iter_errors(instance)]

    def operations(self):
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in METHODS:
                if method in item:
                    op = item[method]
                    params = [self.resolve(p) for p in shared + op.get("parameters", [])]
                    yield Operation(self, path, method, op, params)


class Operation:
    def __init__(self, doc, path, method, op, params):
        self.doc, self.path, self.method, self.op, self.params = doc, path, method.upper(), op, params
        self.responses = {k: doc.resolve(v) for k, v in op.get("responses", {}).items()}
        body = doc.resolve(op.get("requestBody", {}))
        content = body.get("content", {})
        self.body_required = body.get("required", False)
        self.json_schema = content.get("application/json", {}).get("schema")
        self.media_types = list(content)
        security = op.get("security", doc.document.get("security", []))
        self.anonymous_ok = not security or any(not s for s in security)
        self.schemes = {name for s in security for name in s}

    def __str__(self):
        return f"{self.method} {self.path}"

    def path_params(self):
        return [p for p in self.params if p.get("in") == "path"]

    def query_params(self):
        return [p for p in self.params if p.get("in") == "query"]

    def check(self, status, headers, data, what):
        key = str(status)
        spec = self.responses.get(key) or self.responses.get(key[0] + "XX") or self.responses.get("default")
        where = f"{self} [{what}]"
        if spec is None:
            fail(where, f"status {status} is not documented (documented: {sorted(self.responses)}): {data[:300]!r}")
            return
        spec = self.doc.resolve(spec)
        content = spec.get("content")
        if not content:
            if data and status != 304 and self.method != "HEAD":
                fail(where, f"{status} documents no body but got {data[:200]!r}")
            return
        media = headers.get("content-type", "").split(";")[0].strip()
        if media not in content:
            fail(where, f"{status} answered {media!r}; documented {sorted(content)}")
            return
        schema = content[media].get("schema")
        if schema is None or not media.endswith("json"):
            return
        try:
            value = json.loads(data)
        except ValueError:
            fail(where, f"{status} body is not JSON: {data[:200]!r}")
            return
        errors = self.doc.validate(value, schema)
        if errors:
            fail(where, f"{status} body does not match its schema: {errors[:3]} in {data[:300]!r}")
        if status >= 400 and isinstance(value, dict) and value.get("status") not in (None, status):
            fail(where, f"problem status {value.get('status')} != {status}")


def fail(where, message):
    FAILURES.append(f"{where}: {message}")
    raise AssertionError(f"{where}: {message}")


# -- generation ----------------------------------------------------------------------------

def strings(schema):
    fmt = schema.get("format")
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        base = st.from_regex(schema["pattern"], fullmatch=True)
    elif fmt == "date-time":
        base = st.datetimes(min_value=datetime.datetime(1971, 1, 1),
                            max_value=datetime.datetime(2099, 12, 31)).map(
            lambda d: d.strftime("%Y-%m-%dT%H:%M:%S") + "Z")
    elif fmt == "date":
        base = st.dates(min_value=datetime.date(1971, 1, 1),
                        max_value=datetime.date(2099, 12, 31)).map(lambda d: d.isoformat())
    elif fmt == "email":
        base = st.from_regex(r"[a-z][a-z0-9]{2,12}@example\.(com|org)", fullmatch=True)
    elif fmt in ("uri", "url"):
        base = st.from_regex(r"https://feeds\.example\.org/[a-z]{1,12}\.xml", fullmatch=True)
    else:
        alphabet = st.characters(blacklist_categories=("Cs", "Cc"))
        cap = high if high is not None else max(low, 0) + 24
        base = st.text(alphabet=alphabet, min_size=low, max_size=min(cap, low + 40))
    return base.filter(lambda s: len(s) >= low and (high is None or len(s) <= high))


def from_schema(doc, schema, depth=0):
    schema = doc.resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(doc, s, depth + 1) for s in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema(doc, dict(schema, type=k), depth + 1) for k in kind])
    if kind == "string":
        return strings(schema)
    if kind == "integer":
        return st.integers(schema.get("minimum", -10**6), schema.get("maximum", 10**6))
    if kind == "number":
        return st.floats(schema.get("minimum", -1e6), schema.get("maximum", 1e6),
                         allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        items = schema.get("items", {"type": "string"})
        return st.lists(from_schema(doc, items, depth + 1), min_size=schema.get("minItems", 0),
                        max_size=min(schema.get("maxItems", 3), 3))
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        optional = [k for k in props if k not in required]

        @st.composite
        def objects(draw):
            value = {k: draw(from_schema(doc, props[k], depth + 1)) for k in props if k in required}
            for k in optional:
                if draw(st.booleans()):
                    value[k] = draw(from_schema(doc, props[k], depth + 1))
            return value
        return objects()
    return st.one_of(st.integers(), st.text(max_size=8), st.booleans())


def violations(doc, schema):
    """Ways to break an object schema: each (label, function of a valid value)."""
    schema = doc.resolve(schema)
    if not schema:
        return []  # any JSON is allowed
    out = [("not an object", lambda v: [v])]
    if schema.get("type") != "object" and "properties" not in schema:
        return out
    props = schema.get("properties", {})
    for name in schema.get("required", []):
        out.append((f"without {name}", lambda v, n=name: {k: x for k, x in v.items() if k != n}))
    if schema.get("additionalProperties") is False:
        out.append(("unknown member", lambda v: dict(v, zz_unknown_member=1)))
    for name, sub in props.items():
        sub = doc.resolve(sub)
        kind = sub.get("type")
        if kind in ("string", "integer", "number", "boolean", "array", "object") and "oneOf" not in sub:
            wrong = {"string": 12345, "integer": "twelve", "number": "twelve", "boolean": "yes",
                     "array": "not a list", "object": "not an object"}[kind]
            out.append((f"{name} of the wrong type", lambda v, n=name, w=wrong: dict(v, **{n: w})))
        if kind == "string" and "maxLength" in sub:
            out.append((f"{name} too long", lambda v, n=name, m=sub["maxLength"]: dict(v, **{n: "x" * (m + 1)})))
        if kind == "string" and sub.get("minLength", 0) > 0:
            out.append((f"{name} too short", lambda v, n=name, m=sub["minLength"]: dict(v, **{n: "x" * (m - 1)})))
        if "enum" in sub:
            out.append((f"{name} not in its enum", lambda v, n=name: dict(v, **{n: "zz-not-a-choice"})))
        if kind == "integer" and "minimum" in sub:
            out.append((f"{name} below its minimum", lambda v, n=name, m=sub["minimum"]: dict(v, **{n: m - 1})))
        if kind == "integer" and "maximum" in sub:
            out.append((f"{name} above its maximum", lambda v, n=name, m=sub["maximum"]: dict(v, **{n: m + 1})))
        if kind == "string" and sub.get("format") == "date-time":
            out.append((f"{name} not a date-time", lambda v, n=name: dict(v, **{n: "yesterday"})))
    return out


def query_value(doc, param):
    schema = doc.resolve(param.get("schema", {"type": "string"}))
    return from_schema(doc, schema).map(lambda v: str(v).lower() if isinstance(v, bool) else str(v))


def bad_query_value(doc, param):
    schema = doc.resolve(param.get("schema", {}))
    kind = schema.get("type")
    if kind == "integer":
        return "twelve"
    if kind == "boolean":
        return "maybe"
    if schema.get("format") == "date-time":
        return "yesterday"
    if "enum" in schema:
        return "zz-not-a-choice"
    return None


# -- the run -------------------------------------------------------------------------------

class Session:
    """Credentials and the ids of resources that exist, learnt from Location headers."""

    def __init__(self, server, doc):
        self.server, self.doc = server, doc
        self.token = None
        self.app_key = None
        self.known = {}  # path template -> [ids]
        self.templates = [re.compile("^" + re.sub(r"\\{[^}]+\\}", r"([^/]+)", re.escape(p)) + "$")
                          for p in doc.document.get("paths", {})]
        self.paths = list(doc.document.get("paths", {}))

    def sign_in(self):
        """The first account (the instance's admin); logs in again after an operation under
        test logged the token out. Operations that issue tokens run last (order()), so the
        failed logins they send cannot throttle this."""
        credentials = {"email": "owner@example.com", "password": "correct horse 1"}
        path = "/api/v1/auth/login" if self.token else "/api/v1/auth/signup"
        status, _, data = self.server.request("POST", path, json.dumps(credentials),
                                              {"Content-Type": "application/json"})
        assert status in (200, 201), (path, status, data)
        self.token = json.loads(data)["token"]

    def learn(self, headers):
        location = headers.get("location")
        if not location:
            return
        for template, pattern in zip(self.paths, self.templates):
            match = pattern.match(urllib.parse.urlsplit(location).path)
            if match and match.groups():
                self.known.setdefault(template, [])
                if match.group(1) not in self.known[template]:
                    self.known[template].append(match.group(1))

    def ids_for(self, template):
        """Ids that exist for a template, or for its shortest prefix with one parameter."""
        for candidate, ids in self.known.items():
            if template == candidate or template.startswith(candidate + "/"):
                return ids
        return []

    def send(self, op, path, query, body, headers, credentials, what):
        headers = dict(headers)
        if credentials:
            secret = self.app_key if "appKey" in op.schemes and self.app_key else self.token
            if secret:
                headers["Authorization"] = "Bearer " + secret
        target = path + ("?" + urllib.parse.urlencode(query) if query else "")
        status, answer_headers, data = self.server.request(op.method, target, body, headers)
        if status == 401 and credentials and b"token_revoked" in data:
            self.sign_in()  # an operation under test logged this token out
            return self.send(op, path, query, body, headers, credentials, what)
        op.check(status, answer_headers, data, what)
        if 200 <= status < 300:
            self.learn(answer_headers)
            if op.method == "POST" and data[:1] == b"{":
                value = json.loads(data)
                if isinstance(value, dict) and isinstance(value.get("key"), str) and "appKey" not in op.schemes:
                    self.app_key = value["key"]  # an app key, shown once
        return status, data


def run_operation(session, op, examples, seed):
    doc = session.doc

    @st.composite
    def requests(draw):
        path = op.path
        for param in op.path_params():
            schema = doc.resolve(param.get("schema", {}))
            known = session.ids_for(op.path) if schema.get("type") == "integer" else []
            if known and draw(st.integers(0, 3)):
                value = draw(st.sampled_from(known))
            elif schema.get("type") == "integer":
                value = str(draw(st.integers(1, 10**6)))
            else:
                value = draw(st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True))
            path = path.replace("{" + param["name"] + "}", urllib.parse.quote(str(value), safe=""))
        query = {}
        for param in op.query_params():
            if param["name"] == "cursor":
                continue  # opaque: only a value the server handed out is valid (docs/api.md)
            if param.get("required") or draw(st.integers(0, 2)) == 0:
                query[param["name"]] = draw(query_value(doc, param))
        # A range is valid when it is ordered and short: "to" within a day after "from" (not equal).
        for low, high in RANGES:
            if low in query and high in query:
                text = query[low]
                start = datetime.datetime.strptime(text[:10], "%Y-%m-%d")
                if len(text) > 10:
                    start = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
                end = start + datetime.timedelta(seconds=draw(st.integers(1, 86400)))
                query[high] = end.strftime("%Y-%m-%dT%H:%M:%SZ")
        body = None
        headers = {}
        if op.json_schema is not None and (op.body_required or draw(st.booleans())):
            body = json.dumps(draw(from_schema(doc, op.json_schema)))
            headers["Content-Type"] = "application/json"
        elif op.media_types and op.body_required:
            body, headers["Content-Type"] = "x", op.media_types[0]
        return path, query, body, headers

    @settings(max_examples=examples, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate],  # no shrinking: report the first case
              suppress_health_check=list(HealthCheck))
    @hseed(seed)
    @given(request=requests(), mutation=st.integers(0, 10**6), anonymous=st.integers(0, 4))
    def valid_and_invalid(request, mutation, anonymous):
        path, query, body, headers = request
        credentials = anonymous != 0  # one example in five calls anonymously where allowed
        # 1. As the document allows (with credentials unless anonymous callers are allowed).
        status, _ = session.send(op, path, query, body, headers,
                                 credentials or not op.anonymous_ok, "valid request")
        if status in (400, 415) and op.body_required and doc.resolve(op.json_schema or {}):
            fail(f"{op} [valid request]", f"refused a body its schema allows: {body} -> {status}")
        if status in (400, 415) and op.json_schema is None:
            fail(f"{op} [valid request]", f"refused a request the document allows: {path}?{query} -> {status}")
        # 2. Without credentials, a protected operation is 401 whatever else is wrong.
        if not op.anonymous_ok:
            broken = "{" if op.json_schema is not None else body
            status, _ = session.send(op, path, query, broken, {"Content-Type": "text/plain"} if broken else {},
                                     False, "no credentials, broken body")
            if status != 401:
                fail(f"{op} [no credentials]", f"expected 401 before the body is read, got {status}")
        # 3. A broken body.
        rules = violations(doc, op.json_schema) if op.json_schema is not None else []
        if rules:
            label, breaker = rules[mutation % len(rules)]
            value = json.loads(body) if body else {}
            broken = json.dumps(breaker(value))
            status, _ = session.send(op, path, query, broken, {"Content-Type": "application/json"},
                                     True, f"body {label}")
            if status < 400:
                fail(f"{op} [body {label}]", f"accepted a body its schema forbids: {broken} -> {status}")
        if op.media_types == ["application/json"]:
            for raw, media, label in (("{\"a\":", "application/json", "malformed JSON"),
                                      (body or "{}", "text/plain", "wrong media type")):
                status, _ = session.send(op, path, query, raw, {"Content-Type": media}, True, label)
                if status < 400:
                    fail(f"{op} [{label}]", f"accepted: {status}")
        # 4. A bad path id.
        for param in op.path_params():
            if doc.resolve(param.get("schema", {})).get("type") == "integer":
                bad = BAD_IDS[mutation % len(BAD_IDS)]
                bad_path = re.sub(r"\{" + re.escape(param["name"]) + r"\}", bad, op.path)
                bad_path = re.sub(r"\{[^}]+\}", "1", bad_path)
                status, _ = session.send(op, bad_path, query, body, headers, True, f"path id {bad}")
                if status != 404:
                    fail(f"{op} [path id {bad}]", f"expected 404, got {status}")
        # 5. Query parameters: an unknown one, and a malformed documented one.
        status, _ = session.send(op, path, dict(query, zz_unknown="1"), body, headers, True, "unknown query parameter")
        if status < 400:
            fail(f"{op} [unknown query parameter]", f"accepted: {status}")
        for param in op.query_params():
            bad = bad_query_value(doc, param)
            if bad is not None:
                status, _ = session.send(op, path, dict(query, **{param["name"]: bad}), body, headers,
                                         True, f"query {param['name']}={bad}")
                if status < 400:
                    fail(f"{op} [query {param['name']}={bad}]", f"accepted: {status}")
                break

    valid_and_invalid()


def issues_tokens(op):
    for status, spec in op.responses.items():
        if status.startswith("2"):
            for media in op.doc.resolve(spec).get("content", {}).values():
                schema = op.doc.resolve(media.get("schema", {}))
                if "token" in schema.get("properties", {}):
                    return True
    return False


def order(op):
    """Creations first (they give ids to the rest); then reads and edits; deletions; log-outs;
    and last the operations that issue tokens (their failed logins throttle this client)."""
    if issues_tokens(op):
        rank = 4
    elif "logout" in op.path:
        rank = 3
    elif op.method == "DELETE":
        rank = 2
    elif op.method == "POST" and "{" not in op.path:
        rank = 0
    else:
        rank = 1
    return (rank, op.path, op.method)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--examples", type=int, default=int(os.environ.get("CONTRACT_EXAMPLES", "12")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("CONTRACT_SEED", "20261206")))
    parser.add_argument("--only", default="", help="a substring of the operations to run")
    args = parser.parse_args()
    server = Server(args.binary)
    try:
        status, _, data = server.request("GET", "/api/v1/openapi.json")
        assert status == 200, status
        doc = Document(json.loads(data))
        session = Session(server, doc)
        session.sign_in()
        operations = sorted((op for op in doc.operations() if args.only in str(op)), key=order)
        for op in operations:
            if op.path.startswith("/docs"):
                continue  # HTML and static files, not JSON operations
            try:
                run_operation(session, op, args.examples, args.seed)
                print(f"ok    {op}")
            except AssertionError:
                print(f"FAIL  {op}")
        unique = sorted(set(FAILURES))
        print(f"{len(operations)} operations, {len(unique)} mismatches")
        for failure in unique:
            print("  " + failure[:600])
        return 1 if unique else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
