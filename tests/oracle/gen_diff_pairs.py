#!/usr/bin/env python3
"""Generates pairs of Prisma schemas for the diff differential test: a small random schema
(before.prisma) and one change of it (after.prisma), for every change kind the differ must handle.

Systematic, not only random: every kind in KINDS gets VARIANTS pairs, each from its own seed, so
the corpus covers each kind whatever the random draw. A kind whose name starts with "empty_" is
a --from-empty case: only after.prisma is written.

Usage:
  gen_diff_pairs.py OUT_DIR [--variants N] [--first NUM] [--seed S] [--kinds a,b]
    writes OUT_DIR/<NNN>_<kind>/{before,after}.prisma, numbering from NUM (default 1)
  gen_diff_pairs.py OUT_DIR --random N [--seed S] [--mix K]
    N pairs of kinds drawn at random (the long mode of check_diff_oracle.sh); with --mix K each
    pair makes 2 to K changes at once to a schema of 2 to 4 models (folders NNN_mix_<kinds>), so
    that the order and merging of several changes' statements is compared too
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from schema_model import Field, Model, Schema  # noqa: E402
import diff_changes  # noqa: E402

NAMES = ["User", "Post", "Team", "Tag", "Order", "Invoice", "Project", "Comment", "Account", "Item"]
COLUMN_KINDS = [
    ("title", "String", []), ("name", "String", []), ("count", "Int", []), ("total", "BigInt", []),
    ("score", "Float", []), ("price", "Decimal", []), ("active", "Boolean", []),
    ("createdAt", "DateTime", []), ("data", "Json", []), ("blob", "Bytes", []),
    ("code", "String", ["@db.VarChar(32)"]), ("amount", "Decimal", ["@db.Decimal(10, 2)"]),
    ("seenAt", "DateTime", ["@db.Timestamptz(3)"]), ("note", "String", ["@db.Text"]),
    ("small", "Int", ["@db.SmallInt"]), ("labels", "String", []),
]


def random_model(rng: random.Random, name: str) -> Model:
    model = Model(name)
    model.fields.append(Field("id", "Int", "", ["@id", "@default(autoincrement())"]))
    for col, typ, attrs in rng.sample(COLUMN_KINDS, rng.randint(2, 4)):
        modifier = "[]" if col == "labels" else rng.choice(["", "", "?"])
        f = Field(col, typ, modifier, list(attrs))
        if modifier == "" and typ == "DateTime" and rng.random() < 0.5:
            f.attrs.append("@default(now())")
        model.fields.append(f)
    return model


def random_schema(rng: random.Random) -> Schema:
    names = rng.sample(NAMES, rng.randint(1, 2))
    return Schema(models=[random_model(rng, n) for n in names])


def make_pair(kind: str, seed: int):
    """(before, after) schemas for one change kind; before is None for --from-empty kinds."""
    rng = random.Random(seed)
    before = random_schema(rng)
    prepare, change = diff_changes.KINDS[kind]
    if prepare:
        prepare(rng, before)
    after = before.copy()
    change(rng, after)
    if kind.startswith("empty_"):
        return None, after
    return before, after


def applied(functions, rng, schema: Schema):
    """Applies each (kind, function) to a copy of schema in turn; a function that finds nothing
    to work on (an empty choice, a missing field) is left out. Returns the schema and the kinds
    applied."""
    done = []
    for kind, function in functions:
        if function is not None:
            trial = schema.copy()
            try:
                function(rng, trial)
            except (IndexError, StopIteration, ValueError, KeyError):
                continue
            schema = trial
        done.append(kind)
    return schema, done


def well_formed(s: Schema) -> bool:
    """No two models, fields of a model or block attributes with one name (changes made together
    can both add an "extra" column, say): Prisma would reject the schema for that alone."""
    names = [m.name for m in s.models] + s.enum_names()
    if len(names) != len(set(names)):
        return False
    for m in s.models:
        fields = [f.name for f in m.fields]
        if len(fields) != len(set(fields)) or len(m.block) != len(set(m.block)):
            return False
    return True


def place_in_schemas(s: Schema) -> None:
    """With multiSchema every model and enum names its schema: one a change made without a
    multi-schema kind in mind goes to "public"."""
    if not s.schemas:
        return
    for block in [m.block for m in s.models] + [e.block for e in s.enums]:
        if not any(b.startswith("@@schema") for b in block):
            block.append('@@schema("public")')


def make_mixed_pair(seed: int, most: int):
    """(kinds, before, after): 2 to `most` change kinds made together, or None when the draw
    does not give two well-formed schemas."""
    rng = random.Random(seed)
    before = Schema(models=[random_model(rng, n) for n in rng.sample(NAMES, rng.randint(2, 4))])
    kinds = [k for k in diff_changes.KINDS if not k.startswith("empty_")]
    chosen = rng.sample(kinds, rng.randint(2, most))
    before, chosen = applied([(k, diff_changes.KINDS[k][0]) for k in chosen], rng, before)
    after, chosen = applied([(k, diff_changes.KINDS[k][1]) for k in chosen], rng, before)
    place_in_schemas(before)
    place_in_schemas(after)
    if len(chosen) < 2 or not well_formed(before) or not well_formed(after):
        return None
    return chosen, before, after


def write_schemas(folder: str, before, after) -> None:
    os.makedirs(folder, exist_ok=True)
    if before is not None:
        with open(os.path.join(folder, "before.prisma"), "w") as f:
            f.write(before.render())
    with open(os.path.join(folder, "after.prisma"), "w") as f:
        f.write(after.render())


def write_pair(out_dir: str, number: int, kind: str, seed: int) -> None:
    before, after = make_pair(kind, seed)
    folder = os.path.join(out_dir, "%03d_%s" % (number, kind))
    write_schemas(folder, before, after)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--variants", type=int, default=4)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--kinds", default="")
    parser.add_argument("--random", type=int, default=0)
    parser.add_argument("--mix", type=int, default=0)
    args = parser.parse_args()
    kinds = [k for k in diff_changes.KINDS if not args.kinds or k in args.kinds.split(",")]
    number = args.first
    if args.random and args.mix >= 2:
        rng = random.Random(args.seed)
        while number < args.first + args.random:
            pair = make_mixed_pair(rng.randrange(1 << 30), args.mix)
            if pair is None:
                continue
            kinds, before, after = pair
            write_schemas(os.path.join(args.out_dir, "%03d_mix_%s" % (number, "+".join(kinds))), before, after)
            number += 1
        return
    if args.random:
        rng = random.Random(args.seed)
        for _ in range(args.random):
            write_pair(args.out_dir, number, rng.choice(kinds), rng.randrange(1 << 30))
            number += 1
        return
    for variant in range(args.variants):
        for kind in kinds:
            if kind.startswith("empty_") and variant >= 2:
                continue
            write_pair(args.out_dir, number, kind, args.seed * 1000003 + variant * 7919 + kinds.index(kind))
            number += 1


if __name__ == "__main__":
    main()
