#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Fails when a route the server registers has no heading in docs/api.md.

Usage: check_routes_documented.py SERVER_BINARY API_MD [MIN_ROUTES]
Each route must appear as a heading line  ### `METHOD /path/{param}`  in the API reference. Used for
civiq-server (docs/api.md) and civiq-central (docs/booking-api.md); MIN_ROUTES (default 20) guards
against a binary that lists nothing."""
import re
import subprocess
import sys

server, api_md = sys.argv[1], sys.argv[2]
min_routes = int(sys.argv[3]) if len(sys.argv) > 3 else 20
routes = subprocess.run([server, "--print-routes"], check=True, capture_output=True, text=True).stdout.split("\n")
routes = [r.strip() for r in routes if r.strip()]
with open(api_md, encoding="utf-8") as f:
    documented = set(re.findall(r"^###\s+`([A-Z]+ /[^`]*)`", f.read(), flags=re.MULTILINE))

missing = [r for r in routes if r not in documented]
stale = sorted(documented - set(routes))
if len(routes) < min_routes:
    sys.exit(f"expected the server to register at least {min_routes} routes, got {len(routes)}: {routes}")
if missing or stale:
    for r in missing:
        print(f"undocumented route: {r}")
    for r in stale:
        print(f"documented but not registered: {r}")
    sys.exit(1)
print(f"all {len(routes)} routes are documented in {api_md}")
