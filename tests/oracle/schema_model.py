"""A tiny in-memory Prisma schema (models, fields, enums) that the oracle generators build, change
and print. Printing is plain (two-space indent, one attribute list per line); it need not be
`prisma format`'s layout, only valid schema text that a reviewer can read.
"""
import copy
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Field:
    name: str
    type: str
    modifier: str = ""          # "", "?" or "[]"
    attrs: List[str] = field(default_factory=list)

    def render(self) -> str:
        text = "  %s %s%s" % (self.name, self.type, self.modifier)
        if self.attrs:
            text += " " + " ".join(self.attrs)
        return text

    def attr(self, prefix: str) -> Optional[int]:
        """Index of the first attribute starting with prefix, or None."""
        for i, a in enumerate(self.attrs):
            if a == prefix or a.startswith(prefix + "(") or a.startswith(prefix + " "):
                return i
        return None

    def drop_attr(self, prefix: str) -> None:
        i = self.attr(prefix)
        if i is not None:
            del self.attrs[i]


@dataclass
class Model:
    name: str
    fields: List[Field] = field(default_factory=list)
    block: List[str] = field(default_factory=list)     # "@@index([a])", ...

    def render(self) -> str:
        lines = ["model %s {" % self.name]
        lines += [f.render() for f in self.fields]
        if self.block:
            lines.append("")
            lines += ["  " + b for b in self.block]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def get(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def scalars(self, enums=()) -> List[Field]:
        """Plain columns: scalar or enum typed, not relation fields, not the id."""
        out = []
        for f in self.fields:
            if f.attr("@id") is not None or f.attr("@relation") is not None:
                continue
            if f.type in SCALARS or f.type in enums:
                out.append(f)
        return out


@dataclass
class Enum:
    name: str
    values: List[str]
    block: List[str] = field(default_factory=list)

    def render(self) -> str:
        lines = ["enum %s {" % self.name] + ["  " + v for v in self.values]
        if self.block:
            lines.append("")
            lines += ["  " + b for b in self.block]
        lines.append("}")
        return "\n".join(lines) + "\n"


SCALARS = ("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes")


@dataclass
class Schema:
    models: List[Model] = field(default_factory=list)
    enums: List[Enum] = field(default_factory=list)
    schemas: List[str] = field(default_factory=list)    # datasource schemas = [...] when non-empty
    extensions: List[str] = field(default_factory=list)

    def render(self) -> str:
        ds = ['datasource db {', '  provider = "postgresql"', '  url      = env("DATABASE_URL")']
        if self.schemas:
            ds.append("  schemas  = [%s]" % ", ".join('"%s"' % s for s in self.schemas))
        ds.append("}")
        parts = ["\n".join(ds) + "\n"]
        parts += [e.render() for e in self.enums]
        parts += [m.render() for m in self.models]
        return "\n".join(parts)

    def model(self, name: str) -> Model:
        return next(m for m in self.models if m.name == name)

    def enum_names(self):
        return [e.name for e in self.enums]

    def copy(self) -> "Schema":
        return copy.deepcopy(self)
