"""Configuration: shipped defaults, then the user's file, then CLI flags.

Validation walks the YAML node tree (not just the loaded dict) so that an
error can name the key *and* the line a user has to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rich.errors import StyleSyntaxError
from rich.style import Style

from .alias_data import ALIASES_FILE, AliasData, AliasError, parse_aliases, read_aliases_file
from .locations import default_config_path, user_config_path
from .yaml_errors import yaml_problem


class ConfigError(Exception):
    """A configuration problem, with a one-line message naming key and line."""


@dataclass(frozen=True)
class ExtractionOptions:
    gazetteer: dict[str, tuple[str, ...]] = field(default_factory=dict)
    data_dir: Path | None = None


@dataclass(frozen=True)
class Settings:
    corpus: tuple[Path, ...]
    index_dir: Path | None = None
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
    max_file_mb: float = 5.0
    max_file_seconds: float = 60.0
    colors: dict[str, str] = field(default_factory=dict)
    colors_light: dict[str, str] = field(default_factory=dict)  # over `colors` in a light theme
    search_limit: int = 50
    max_expansions: int = 64
    max_query_chars: int = 10_000
    max_query_terms: int = 500
    extraction: ExtractionOptions = field(default_factory=ExtractionOptions)
    keys: dict[str, str] = field(default_factory=dict)
    # the user's name variants (config section and data_dir file), merged
    # with the shipped table by variant_table.variant_table(settings)
    entity_aliases: AliasData = field(default_factory=AliasData)
    sources: tuple[Path, ...] = ()  # config files that were read, in order


# The accepted shape: key -> type, or a nested dict for a section.
_LABEL_LISTS = {lab: list for lab in ("PERSON", "ORG", "LOCATION", "ROLE")}
SCHEMA: dict[str, Any] = {
    "corpus": list,
    "index_dir": (str, type(None)),
    "extensions": list,
    "max_file_mb": (int, float),
    "max_file_seconds": (int, float),
    "colors": dict,
    "colors_light": dict,
    "search": {"limit": int, "max_expansions": int, "max_query_chars": int, "max_query_terms": int},
    "extraction": {"gazetteer": _LABEL_LISTS, "data_dir": (str, type(None))},
    "keys": dict,
    "entity_aliases": dict,
}


def _type_name(t: Any) -> str:
    names = {list: "a list", dict: "a mapping", str: "text", int: "a whole number",
             float: "a number", type(None): "null", bool: "true/false"}
    if isinstance(t, tuple):
        return " or ".join(names.get(x, x.__name__) for x in t)
    return names.get(t, getattr(t, "__name__", str(t)))


def _check(node: yaml.Node, schema: dict[str, Any], data: Any, where: str, src: Path) -> None:
    """Compare the loaded `data` with `schema`, using `node` for line numbers."""
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        line = node.start_mark.line + 1
        raise ConfigError(f"{src}:{line}: {where or 'the file'} must be a mapping of keys")
    for key_node, value_node in node.value:
        key = key_node.value
        line = key_node.start_mark.line + 1
        dotted = f"{where}.{key}" if where else str(key)
        if key not in schema:
            known = ", ".join(sorted(schema))
            raise ConfigError(f"{src}:{line}: unknown key '{dotted}' (known here: {known})")
        expected = schema[key]
        value = data.get(key)
        if isinstance(expected, dict):
            if value is None:
                continue
            _check(value_node, expected, value, dotted, src)
            continue
        if isinstance(value, bool) and expected in (int, float, (int, float)):
            raise ConfigError(f"{src}:{line}: '{dotted}' must be {_type_name(expected)}, not true/false")
        if not isinstance(value, expected):
            raise ConfigError(
                f"{src}:{line}: '{dotted}' must be {_type_name(expected)}, got {value!r}"
            )
        if expected is list and any(not isinstance(v, (str, int, float)) for v in value):
            raise ConfigError(f"{src}:{line}: '{dotted}' must be a list of plain values")
        _check_value(dotted, value, value_node, src, line)


# Style names the app uses: the entity labels and the two marks.
COLOR_KEYS = ("PERSON", "ORG", "LOCATION", "DATE", "ROLE", "NUMBER", "hit", "evidence")
_POSITIVE = {"max_file_mb": "a number above 0", "max_file_seconds": "a number above 0", "search.limit": "at least 1",
             "search.max_expansions": "at least 1", "search.max_query_chars": "at least 1",
             "search.max_query_terms": "at least 1"}


def _check_value(dotted: str, value: Any, node: yaml.Node, src: Path, line: int) -> None:
    """Values a type check lets through but the app cannot use: each named
    with the line it is on."""
    if dotted in _POSITIVE and value <= 0:
        raise ConfigError(f"{src}:{line}: '{dotted}' must be {_POSITIVE[dotted]}, not {value!r}")
    if dotted == "entity_aliases":
        try:
            parse_aliases(value)
        except AliasError as exc:
            at = _node_line(node, exc.path) or line
            raise ConfigError(f"{src}:{at}: '{exc.dotted(dotted)}' {exc}") from None
    if dotted in ("colors", "colors_light", "keys"):
        for key_node, value_node in node.value:
            at = value_node.start_mark.line + 1
            name, item = key_node.value, value.get(key_node.value)
            if not isinstance(item, str):
                raise ConfigError(f"{src}:{at}: '{dotted}.{name}' must be text, got {item!r}")
            if dotted in ("colors", "colors_light"):
                if name not in COLOR_KEYS:
                    raise ConfigError(f"{src}:{at}: unknown key '{dotted}.{name}' (known here: {', '.join(COLOR_KEYS)})")
                try:
                    Style.parse(item)
                except StyleSyntaxError as exc:
                    raise ConfigError(f"{src}:{at}: '{dotted}.{name}' is not a style: {exc}") from None
            elif not item.strip():
                raise ConfigError(f"{src}:{at}: '{dotted}.{name}' must name a key")


def _node_line(node: yaml.Node, path: tuple[str | int, ...]) -> int:
    """The line of the entry at `path` (mapping keys, list indexes) under
    `node`, or of its nearest parent that exists; 0 when none does."""
    line = node.start_mark.line + 1
    for part in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if str(k.value) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _data_dir_aliases(data_dir: Path | None) -> AliasData:
    """The variants file in the user's extraction.data_dir, checked now so
    that a mistake in it is a one-line message at start, not a crash later."""
    if data_dir is None or not (data_dir / ALIASES_FILE).is_file():
        return AliasData()
    path = data_dir / ALIASES_FILE
    try:
        return read_aliases_file(path)
    except AliasError as exc:
        try:
            at = _node_line(yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader), exc.path)
        except (OSError, yaml.YAMLError):
            at = 0
        raise ConfigError(f"{path}:{at}: '{exc.dotted('')}' {exc}" if exc.path else f"{path}:{at}: the file {exc}") from None
    except yaml.YAMLError as exc:
        line, col, problem = yaml_problem(exc)
        pos = f":{line + 1}:{(col or 0) + 1}" if line is not None else ""
        raise ConfigError(f"{path}{pos}: invalid YAML: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None


def read_config_file(path: Path) -> dict[str, Any]:
    """Load and validate one config file; raise ConfigError naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc})") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line, col, problem = yaml_problem(exc)
        pos = f":{line + 1}:{(col or 0) + 1}" if line is not None else ""
        raise ConfigError(f"{path}{pos}: invalid YAML: {problem}") from None
    if node is None or data is None:
        return {}
    _check(node, SCHEMA, data, "", path)
    return data


def _key_line(data: dict[str, Any], src: Path, key: str) -> int:
    """Line of a top-level key in a config file (for messages about its value)."""
    try:
        node = yaml.compose(src.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return 0
    for key_node, _ in getattr(node, "value", []):
        if getattr(key_node, "value", None) == key:
            return key_node.start_mark.line + 1
    return 0


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Key-by-key override; sections merge, lists and scalars replace."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "corpus":
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _resolve_folders(values: list[Any], relative_to: Path) -> list[Path]:
    return [(relative_to / str(v)).expanduser() if not Path(str(v)).expanduser().is_absolute()
            else Path(str(v)).expanduser() for v in values]


def load_settings(
    config: Path | None = None,
    corpus: list[Path] | None = None,
    index_dir: Path | None = None,
) -> Settings:
    """Defaults <- user config dir file (or `config`) <- CLI flags."""
    default = default_config_path()
    layers: list[tuple[Path, dict[str, Any]]] = [(default, read_config_file(default))]
    user = config if config is not None else user_config_path()
    if config is not None or user.exists():
        layers.append((user, read_config_file(user)))

    merged: dict[str, Any] = {}
    corpus_dirs: list[Path] = []
    index_path: Path | None = None
    data_dir: Path | None = None
    aliases = AliasData()
    for src, data in layers:
        merged = _merge(merged, data)
        base = src.resolve().parent
        if "corpus" in data:
            corpus_dirs = _resolve_folders(data["corpus"], base)
        if "index_dir" in data:
            index_path = _resolve_folders([data["index_dir"]], base)[0] if data["index_dir"] else None
        ext = data.get("extraction") or {}
        if ext.get("data_dir"):
            data_dir = _resolve_folders([ext["data_dir"]], base)[0]
        aliases += parse_aliases(data.get("entity_aliases"))  # every layer adds (checked when read)

    corpus_origin = next((f"{src}:{_key_line(data, src, 'corpus')}" for src, data in reversed(layers)
                          if "corpus" in data), "config")
    if corpus:
        corpus_dirs = [Path(p).expanduser().resolve() for p in corpus]
        corpus_origin = "--corpus"
    if index_dir is not None:
        index_path = Path(index_dir).expanduser().resolve()
    if not corpus_dirs:
        raise ConfigError("'corpus': no corpus folder configured (give --corpus DIR)")
    if not any(p.is_dir() for p in corpus_dirs):
        # One missing folder among several is reported at indexing; none at all is a config error.
        names = ", ".join(str(p) for p in corpus_dirs)
        raise ConfigError(f"{corpus_origin}: 'corpus': no such folder: {names}")

    search = merged.get("search") or {}
    extraction = merged.get("extraction") or {}
    gaz = extraction.get("gazetteer") or {}
    exts = tuple(e if str(e).startswith(".") else f".{e}" for e in merged.get("extensions") or [])
    limit = int(search.get("limit", 50))
    return Settings(
        corpus=tuple(corpus_dirs),
        index_dir=index_path,
        extensions=tuple(e.lower() for e in exts) or (".txt", ".md", ".html", ".htm", ".pdf", ".docx"),
        max_file_mb=float(merged.get("max_file_mb", 5)),
        max_file_seconds=float(merged.get("max_file_seconds", 60)),
        colors={str(k): str(v) for k, v in (merged.get("colors") or {}).items()},
        colors_light={str(k): str(v) for k, v in (merged.get("colors_light") or {}).items()},
        search_limit=limit,
        max_expansions=int(search.get("max_expansions", 64)),
        max_query_chars=int(search.get("max_query_chars", 10_000)),
        max_query_terms=int(search.get("max_query_terms", 500)),
        extraction=ExtractionOptions(
            gazetteer={k: tuple(str(x) for x in (v or [])) for k, v in gaz.items()},
            data_dir=data_dir,
        ),
        keys={str(k): str(v) for k, v in (merged.get("keys") or {}).items()},
        entity_aliases=_data_dir_aliases(data_dir) + aliases,
        sources=tuple(src for src, _ in layers),
    )
