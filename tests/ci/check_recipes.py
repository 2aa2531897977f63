#!/usr/bin/env python3
"""The CI recipes of docs/ci/ as a pipeline would read them.

- github-actions.yml and gitlab-ci.yml parse as YAML, start PostgreSQL as a service, install qdb,
  and run, in order: format --check, generate-types --check, wait, migrate --json, status;
- the Dockerfile has a Debian 12 build stage that builds the qdb target and a runtime stage that
  copies only the binary from it and runs it as the entry point;
- docs/ci.md shows each file exactly as it is in docs/ci/ (so the page cannot drift from the
  files this test checks).

Usage: check_recipes.py REPO_ROOT. Exits non-zero with one line per problem.
"""
import re
import sys
from pathlib import Path

import yaml

GATES = [
    "qdb prod db format --check",
    "qdb prod db generate-types --check",
    "qdb prod db wait --timeout 60",
    "qdb --json prod db migrate",
    "qdb prod db status",
]

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def in_order(commands, where):
    """Every gate appears in `commands`, in GATES' order."""
    positions = []
    for gate in GATES:
        found = [i for i, c in enumerate(commands) if c.startswith(gate)]
        check(found, f"{where}: no step runs `{gate}`")
        positions.append(found[0] if found else -1)
    check(positions == sorted(positions), f"{where}: the gates are not in the order {GATES}")


def github(path):
    doc = yaml.safe_load(path.read_text())
    check(isinstance(doc, dict) and "jobs" in doc, f"{path.name}: no jobs")
    # YAML 1.1 reads the key `on` as True.
    check("on" in doc or True in doc, f"{path.name}: no `on` trigger")
    job = doc["jobs"]["migrate"]
    service = job["services"]["postgres"]
    check(str(service["image"]).startswith("postgres:"), f"{path.name}: the service is not PostgreSQL")
    check("5432:5432" in service.get("ports", []), f"{path.name}: PostgreSQL's port is not published")
    check(job["env"]["DATABASE_URL"].startswith("postgresql://"), f"{path.name}: DATABASE_URL is not set")
    commands = []
    for step in job["steps"]:
        for line in str(step.get("run", "")).splitlines():
            commands.append(line.strip())
    check(any("apt-get install" in c and "qdb.deb" in c for c in commands), f"{path.name}: qdb is not installed")
    in_order(commands, path.name)


def gitlab(path):
    doc = yaml.safe_load(path.read_text())
    job = doc["database"]
    check(job["image"] == "debian:12", f"{path.name}: the job image is not debian:12")
    check(any(str(s.get("name", s)).startswith("postgres:") for s in job["services"]), f"{path.name}: no PostgreSQL service")
    check(job["variables"]["DATABASE_URL"].startswith("postgresql://postgres:"), f"{path.name}: DATABASE_URL is not set")
    check(any("apt-get install" in c and "qdb.deb" in c for c in job["before_script"]), f"{path.name}: qdb is not installed")
    in_order([c.strip() for c in job["script"]], path.name)
    check("migrate.json" in job["artifacts"]["paths"], f"{path.name}: the migrate report is not kept")


def dockerfile(path):
    lines = []
    for line in path.read_text().replace("\\\n", " ").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    known = {"FROM", "RUN", "COPY", "WORKDIR", "ARG", "ENV", "USER", "ENTRYPOINT", "CMD", "LABEL"}
    for line in lines:
        check(line.split()[0] in known, f"{path.name}: unknown instruction in `{line}`")
    stages = [i for i, line in enumerate(lines) if line.startswith("FROM ")]
    check(len(stages) == 2, f"{path.name}: expected a build stage and a runtime stage, found {len(stages)} FROM")
    if len(stages) != 2:
        return
    check(lines[stages[0]] == "FROM debian:12 AS build", f"{path.name}: the build stage is `{lines[stages[0]]}`")
    build = lines[stages[0]:stages[1]]
    runtime = lines[stages[1]:]
    check(any("--target qdb" in l and "-DCMAKE_BUILD_TYPE=Release" in l for l in build),
          f"{path.name}: the build stage does not build the qdb target in Release")
    check(re.match(r"FROM debian:12-slim$", runtime[0]) is not None, f"{path.name}: the runtime image is `{runtime[0]}`")
    copies = [l for l in runtime if l.startswith("COPY")]
    check(copies == ["COPY --from=build /src/build/qdb /usr/bin/qdb"], f"{path.name}: the runtime stage copies {copies}")
    check(not any(l.startswith("RUN") for l in runtime), f"{path.name}: the runtime stage runs commands")
    check('ENTRYPOINT ["/usr/bin/qdb"]' in runtime, f"{path.name}: qdb is not the entry point")


def shown_in_docs(root, names):
    page = (root / "docs" / "ci.md").read_text()
    blocks = re.findall(r"```[a-z]*\n(.*?)```", page, flags=re.S)
    for name in names:
        text = (root / "docs" / "ci" / name).read_text()
        check(text in blocks, f"docs/ci.md does not show docs/ci/{name} as it is")


def main():
    root = Path(sys.argv[1])
    github(root / "docs" / "ci" / "github-actions.yml")
    gitlab(root / "docs" / "ci" / "gitlab-ci.yml")
    dockerfile(root / "docs" / "ci" / "Dockerfile")
    shown_in_docs(root, ["github-actions.yml", "gitlab-ci.yml", "Dockerfile"])
    for p in problems:
        print(f"check_recipes: {p}", file=sys.stderr)
    if not problems:
        print("check_recipes: OK (2 pipelines, 1 Dockerfile, docs/ci.md in step)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
