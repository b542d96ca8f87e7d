"""Notebook parameters as the notebooks expect them, whichever way they were given.

``papermill -p NAME VALUE`` hands every value that is not a number, a boolean or
``None`` to the notebook as a string, so ``-p input_dirs '["data/raw"]'`` arrives as
the text ``'["data/raw"]'``; a notebook iterating over it would see single characters.
"""

from __future__ import annotations

import os
from typing import Any

import yaml


def as_list(value: Any, name: str) -> list[Any]:
    """Return the list parameter ``name`` as a list.

    Input: the parameter's value, which may be a list or tuple (the notebook's default,
    ``papermill -y``), a string holding a JSON or YAML list (``papermill -p NAME
    '["a", "b"]'``), or a single path without brackets (``-p input_dirs data/raw``).
    Output: a new list; a single path becomes a one-element list.
    Raises ``ValueError`` naming the parameter and the papermill syntax for anything
    else (a number, a mapping, an unparsable or empty string).
    """
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, os.PathLike):
        return [value]
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if not text.startswith("["):
            return [value]  # a single folder or file name
        try:
            parsed = yaml.safe_load(text)  # YAML flow lists include JSON lists
        except yaml.YAMLError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    raise ValueError(
        f"parameter {name} must be a list, got {value!r}; with papermill use "
        f'-y "{name}: [a, b]" or -p {name} \'["a", "b"]\''
    )
