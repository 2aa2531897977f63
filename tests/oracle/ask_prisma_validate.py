#!/usr/bin/env python3
"""Asks Prisma 6.19.3's validator for its verdict on every CASE.prisma in a folder that has no
CASE.verdict yet, and writes CASE.verdict: the line "valid", or the line "invalid" followed by
Prisma's message (kept for the reader; the test compares only the first line).

The validator is the WebAssembly module `prisma validate` runs, called through prisma_validate.js
in one Node process; --cli asks the `prisma validate` command itself instead, one process per
case (about 3 s each), to cross-check the fast path.

Usage: ask_prisma_validate.py CASE_DIR [--cli] [--force]
  PRISMA6_HOME (default ~/.cache/qdb-prisma6) is where the reference Prisma is installed;
  PRISMA6 the CLI wrapper for --cli (default prisma6 on PATH; it needs DATABASE_URL set, to any URL).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def verdict_text(valid: bool, message: str) -> str:
    if valid:
        return "valid\n"
    try:
        errors = json.loads(message)
        message = "\n".join(e.get("message", "") for e in errors) if isinstance(errors, list) else message
    except ValueError:
        pass
    try:
        message = json.loads(message).get("message", message)
    except (ValueError, AttributeError):
        pass
    return "invalid\n" + message.strip() + "\n"


def ask_wasm(files):
    home = os.environ.get("PRISMA6_HOME", os.path.expanduser("~/.cache/qdb-prisma6"))
    build = os.path.join(home, "install/node_modules/prisma/build")
    verdicts = {}
    for start in range(0, len(files), 500):
        out = subprocess.run(["node", os.path.join(HERE, "prisma_validate.js"), build] + files[start:start + 500],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            item = json.loads(line)
            verdicts[item["file"]] = verdict_text(item["valid"], item["message"])
    return verdicts


def ask_cli(files):
    prisma = os.environ.get("PRISMA6", "prisma6")
    verdicts = {}
    for path in files:
        run = subprocess.run([prisma, "validate", "--schema", path], capture_output=True, text=True)
        # The CLI's chatter names the machine's paths; keep only the error text.
        noise = ("Loaded Prisma config", "Prisma config detected", "Prisma schema loaded", "Environment variables")
        lines = [l for l in (run.stderr + run.stdout).splitlines() if not l.startswith(noise)]
        verdicts[path] = verdict_text(run.returncode == 0, "\n".join(lines))
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("case_dir")
    parser.add_argument("--cli", action="store_true")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    files = sorted(p for p in glob.glob(os.path.join(args.case_dir, "*.prisma"))
                   if args.force or not os.path.exists(p[: -len(".prisma")] + ".verdict"))
    verdicts = (ask_cli if args.cli else ask_wasm)(files)
    for path, text in verdicts.items():
        with open(path[: -len(".prisma")] + ".verdict", "w", encoding="utf-8") as f:
            f.write(text)
    valid = sum(1 for t in verdicts.values() if t.startswith("valid"))
    print("ask_prisma_validate: %d verdict(s) written, %d valid, %d invalid" % (len(verdicts), valid, len(verdicts) - valid))


if __name__ == "__main__":
    sys.exit(main())
