"""A small Language Server Protocol client over stdio, to drive `yaml-language-server`
(npm, the server inside Red Hat's YAML extension for VS Code) the way the editor does."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path

SERVER = Path(__file__).resolve().parent.parent / "node_modules/yaml-language-server/bin"


class YamlServer:
    def __init__(self, root: Path, settings: dict | None = None):
        self.root = root
        # No schema store: it is fetched from the internet, and the project's schemas suffice.
        self.settings = {
            "validate": True,
            "hover": True,
            "completion": True,
            "schemaStore": {"enable": False},
            **(settings or {}),
        }
        self.process = subprocess.Popen(
            ["node", str(SERVER / "yaml-language-server"), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: queue.Queue = queue.Queue()
        self.diagnostics: dict[str, list] = {}
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": {
                    "textDocument": {
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "completion": {"completionItem": {"documentationFormat": ["markdown"]}},
                    },
                    "workspace": {"configuration": True},
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": self.settings}})

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict, timeout: float = 60):
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        while True:
            message = self.messages.get(timeout=timeout)
            if message.get("id") == wanted and "method" not in message:
                return message.get("result")
            self._handle(message)

    def _handle(self, message: dict) -> None:
        method = message.get("method")
        if method == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif method == "workspace/configuration":  # the server asks for the editor's settings
            items = message["params"]["items"]
            self._send({"id": message["id"], "result": [self.settings for _ in items]})
        elif "id" in message and method:
            self._send({"id": message["id"], "result": None})

    def open(self, path: Path, text: str) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
        )
        return uri

    def hover(self, uri: str, line: int, character: int, wait: float = 30) -> str:
        """The hover text; the server applies new settings in the background, so an empty
        answer is asked again until `wait` seconds have passed."""
        deadline = time.monotonic() + wait
        while True:
            text = self._hover(uri, line, character)
            if text or time.monotonic() > deadline:
                return text
            time.sleep(0.5)

    def _hover(self, uri: str, line: int, character: int) -> str:
        result = self.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        return result["contents"]["value"].replace("\\", "") if result else ""

    def completion(self, uri: str, line: int, character: int) -> list[dict]:
        result = self.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        return result["items"] if isinstance(result, dict) else result or []

    def problems_of(self, uri: str, timeout: float = 60) -> list[dict]:
        """The first non-empty diagnostics the server publishes for `uri` (it may publish an
        empty list before the schema is loaded)."""
        while not self.diagnostics.get(uri):
            self._handle(self.messages.get(timeout=timeout))
        return self.diagnostics[uri]

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
