#!/usr/bin/env python3
"""Checks .github/workflows/*.yml as far as it can be without GitHub.

The workflow only runs on GitHub, so a slip in it shows up at the next tag,
when the installers are wanted. This catches what can be caught here: YAML
that does not parse, a job without runs-on or steps, a step with neither run
nor uses, needs naming a job that does not exist, an action without a pinned
version, a secret used in an if: (GitHub refuses that), the three systems and
the release on tags, and every bash run: block through bash -n.

usage: check-workflow.py WORKFLOW.yml
"""
import re
import subprocess
import sys

import yaml


def fail(problems):
    for problem in problems:
        print(f"workflow: {problem}", file=sys.stderr)
    sys.exit(1)


def main(path):
    try:
        with open(path, encoding="utf-8") as file:
            workflow = yaml.safe_load(file)
    except (OSError, yaml.YAMLError) as error:
        fail([f"{path} does not parse: {error}"])

    problems = []
    # YAML 1.1 reads the key "on" as True.
    triggers = workflow.get("on", workflow.get(True))
    if not isinstance(triggers, dict):
        problems.append("no 'on:' triggers")
        triggers = {}
    tags = (triggers.get("push") or {}).get("tags") or []
    if not tags:
        problems.append("no push of tags triggers it: releases would never be built")

    jobs = workflow.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        fail(problems + ["no jobs"])

    systems = set()
    for name, job in jobs.items():
        where = f"job {name}"
        needs = job.get("needs") or []
        for needed in [needs] if isinstance(needs, str) else needs:
            if needed not in jobs:
                problems.append(f"{where} needs {needed!r}, which is not a job")
        if "${{ secrets." in str(job.get("if", "")):
            problems.append(f"{where}: secrets cannot be used in if:")
        runner = str(job.get("runs-on", ""))
        if not runner:
            problems.append(f"{where} has no runs-on")
        for system in ("ubuntu", "windows", "macos"):
            if runner.startswith(system):
                systems.add(system)
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where} has no steps")
            continue
        default_shell = ((job.get("defaults") or {}).get("run") or {}).get("shell") or \
            ((workflow.get("defaults") or {}).get("run") or {}).get("shell")
        for index, step in enumerate(steps, 1):
            label = f"{where}, step {index} ({step.get('name', step.get('uses', '?'))})"
            if ("run" in step) == ("uses" in step):
                problems.append(f"{label} needs exactly one of run: and uses:")
            if "${{ secrets." in str(step.get("if", "")):
                problems.append(f"{label}: secrets cannot be used in if:")
            uses = step.get("uses")
            if uses and not uses.startswith("./") and not re.search(r"@[\w.\-]+$", uses):
                problems.append(f"{label}: {uses} has no pinned version (@v4, @sha)")
            script = step.get("run")
            shell = step.get("shell", default_shell) or ("pwsh" if runner.startswith("windows") else "bash")
            if script and shell.startswith("bash"):
                # Expressions are GitHub's, not bash's: stand in a word.
                text = re.sub(r"\$\{\{.*?\}\}", "EXPR", script, flags=re.S)
                result = subprocess.run(["bash", "-n"], input=text, text=True, capture_output=True)
                if result.returncode != 0:
                    problems.append(f"{label}: bash -n: {result.stderr.strip()}")

    for system in ("ubuntu", "windows", "macos"):
        if system not in systems:
            problems.append(f"no job runs on {system}")
    if not any("release" in str(job.get("steps", "")).lower() or name == "release" for name, job in jobs.items()):
        problems.append("no job makes the release")

    if problems:
        fail(problems)
    print(f"workflow: {path}: {len(jobs)} jobs on {', '.join(sorted(systems))}: ok")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
