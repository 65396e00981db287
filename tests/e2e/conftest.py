# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Fixtures of the civiq e2e tests; the machinery is in civiq_e2e.py."""

import contextlib

import pytest

from civiq_e2e import merge_config, running_office


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "office_config(overrides): config overrides (dict, see civiq_e2e.base_config) for the `office` fixture; "
        "module-level markers apply first, function-level ones on top",
    )


def _overrides(node) -> dict:
    merged: dict = {}
    for marker in reversed(list(node.iter_markers("office_config"))):  # farthest (module) first
        merged = merge_config(merged, marker.args[0])
    return merged


@pytest.fixture
def office(request, tmp_path):
    """A fresh office (server, database, users, devices) for one test; always stopped afterwards."""
    with running_office(tmp_path / "office", _overrides(request.node)) as started:
        yield started


@pytest.fixture
def office_factory(tmp_path):
    """make(name, overrides) -> Office, for tests that need differently configured servers."""
    with contextlib.ExitStack() as stack:

        def make(name: str, overrides: dict | None = None):
            return stack.enter_context(running_office(tmp_path / name, overrides))

        yield make
