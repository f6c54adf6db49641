"""A YAML error as the user should read it: where, and what is wrong.

The config file and an article's front matter are both YAML a person
wrote by hand; both report the line (and column) of the first problem."""

from __future__ import annotations

import yaml


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, int | None, str]:
    """(line from 0, column from 0, problem); no place when YAML gives none."""
    mark = getattr(exc, "problem_mark", None) if isinstance(exc, yaml.MarkedYAMLError) else None
    problem = exc.problem if isinstance(exc, yaml.MarkedYAMLError) and exc.problem else str(exc)
    if mark is None:
        return None, None, problem
    return mark.line, mark.column, problem
