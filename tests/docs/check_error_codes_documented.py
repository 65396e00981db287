#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Fails when the server can answer with an error code that docs/api.md does not document (or with
another HTTP status), or when docs/api.md lists a code the server never produces.

Usage: check_error_codes_documented.py CIVIQ_SERVER API_MD
The server's codes come from its one table (`civiq-server --print-error-codes`: "name status" lines);
every error response is built from that table, so nothing else can reach a client. The documented
codes are the backticked names in the last column of the error table under "Conventions", whose
first column is the HTTP status."""
import re
import subprocess
import sys

server, api_md = sys.argv[1], sys.argv[2]
lines = subprocess.run([server, "--print-error-codes"], check=True, capture_output=True, text=True).stdout.split("\n")
produced = {}
for line in filter(None, (l.strip() for l in lines)):
    name, status = line.split()
    produced[name] = int(status)

documented = {}
with open(api_md, encoding="utf-8") as f:
    for row in f:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"\d{3}", cells[0]):
            for name in re.findall(r"`([a-z_]+)`", cells[-1]):
                documented[name] = int(cells[0])

problems = []
if len(produced) < 30:
    problems.append(f"expected at least 30 error codes from the server, got {len(produced)}")
for name, status in sorted(produced.items()):
    if name not in documented:
        problems.append(f"undocumented error code: {name} ({status})")
    elif documented[name] != status:
        problems.append(f"{name}: the server answers {status}, docs/api.md says {documented[name]}")
for name in sorted(set(documented) - set(produced)):
    problems.append(f"documented but never produced: {name}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"all {len(produced)} error codes are documented in {api_md} with their status")
