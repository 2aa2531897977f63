#!/usr/bin/env python3
"""Generates schemas for the validate differential test: every attribute and argument form the
PostgreSQL connector knows, put one at a time into a small valid schema, plus mechanical
mutations of each form (a list cut to its single element and back, a string made an identifier,
an argument dropped, an attribute doubled, a number pushed past its bound), line deletions of
the golden schemas under tests/golden/prisma/, and the schemas of the diff corpus.

Each case is written as OUT_DIR/<sha256 of the text, 16 hex>.prisma, so a case keeps its name
whoever generates it and the same text is never stored twice.

Usage: gen_validate_cases.py OUT_DIR [--golden-lines N] [--seed S] [--random-edits N]
  --random-edits N also writes N schemas made by one to three random edits (a field's type,
  optionality or attributes, a block attribute's field) of the valid cases already in OUT_DIR.
"""
import argparse
import glob
import hashlib
import os
import random
import re

BASE = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")%(datasource)s
}

enum Role {
  USER
  ADMIN%(enum)s
}

model User {
  id    Int     @id @default(autoincrement())
  email String
  orgId Int
  name  String?
  role  Role    @default(USER)
  posts Post[]%(field)s%(block)s
}

model Post {
  id       Int  @id
  authorId Int
%(relation)s
}
%(model)s"""

RELATION = "  author   User @relation(fields: [authorId], references: [id])"

DEFAULTS = [
    'String @default("x")', "String @default(uuid())", "String @default(uuid(4))", "String @default(uuid(7))",
    "String @default(uuid(5))", "String @default(cuid())", "String @default(cuid(2))", "String @default(cuid(1))",
    "String @default(nanoid())", "String @default(nanoid(8))", "String @default(ulid())",
    "Int @default(autoincrement())", "BigInt @default(autoincrement())", "Int @default(sequence())",
    "DateTime @default(now())", 'Json @default("{}")', 'Json @default("[1, 2]")', 'Json @default("{")',
    'Bytes @default("AQID")', "Decimal @default(1.5)", 'Decimal @default("1.5")', "BigInt @default(5)",
    "Float @default(-1)", "Float @default(1e3)", "Boolean @default(true)", "Boolean @default(1)",
    "String[] @default([])", 'String[] @default(["a", "b"])', "Int[] @default([1, 2])", "Role[] @default([USER])",
    "Role[] @default([])", "String @default(dbgenerated())", "String @default(dbgenerated(\"'x'\"))",
    'Int @default("1")', "String @default(1)", 'DateTime @default("2020-01-01T00:00:00Z")',
    'DateTime @default("2020-01-01")', 'DateTime @default("yesterday")', "Role @default(NOPE)",
    'Role @default("USER")', "String @default(now())", "Int @default(uuid())", 'String @default(env("X"))',
    'String @default(value: "x")', 'String @default("x", map: "d")', "Int @default(2147483648)",
    "String? @default(null)", "Int @default(1.5)", "DateTime @default(now(1))", "String @default(uuid(\"4\"))",
    "Int[] @default(1)", "String @default([\"a\"])",
]

FIELD_FORMS = [
    "String @unique", 'String @unique(map: "x")', "String @unique(sort: Desc)", "String @unique(sort: Asc)",
    "String @unique(length: 10)", "String @unique(clustered: true)", 'String @unique("x")', 'String @unique(name: "x")',
    "String @unique @unique", 'String @map("x")', 'String @map(name: "x")', "String @map(x)", 'String @map("")',
    "DateTime @updatedAt", "String @updatedAt", "DateTime @updatedAt @default(now())", "DateTime? @updatedAt",
    "String @ignore", "String? @ignore", "Int @id", "Int @id(map: \"x\")", "String @unknown", "String @db",
    "String? @unique", "String[] @unique", "Json @unique", "String[]?", "Unsupported(\"circle\")",
    'Unsupported("circle")?', 'Unsupported("circle") @unique', 'Unsupported("x")[]', "Nope", "Role?", "Role[]",
    "Post?", "String @default(\"a\") @default(\"b\")", 'String @map("email")', "Float @db.Real @db.Real",
]

NATIVE = [
    "String @db.VarChar(70000)", "String @db.VarChar(10485760)", "String @db.VarChar(10485761)",
    "String @db.VarChar(0)", "String @db.VarChar(1)", "String @db.VarChar", "String @db.VarChar()",
    "String @db.VarChar(-1)", "String @db.VarChar(\"10\")", "String @db.Char(10)", "String @db.Char(70000)",
    "String @db.Char", "String @db.Text", "String @db.Text(10)", "String @db.Uuid", "String @db.Xml",
    "String @db.Inet", "String @db.Citext", "String @db.Bit(1)", "String @db.Bit", "String @db.VarBit",
    "String @db.VarBit(5)", "Int @db.SmallInt", "Int @db.Integer", "Int @db.Oid", "Int @db.BigInt",
    "BigInt @db.BigInt", "BigInt @db.Integer", "Float @db.Real", "Float @db.DoublePrecision",
    "Decimal @db.Decimal(10, 2)", "Decimal @db.Decimal(10)", "Decimal @db.Decimal", "Decimal @db.Decimal(1001, 2)",
    "Decimal @db.Decimal(2, 5)", "Decimal @db.Money", "Float @db.Decimal(10, 2)", "DateTime @db.Timestamp(6)",
    "DateTime @db.Timestamp(7)", "DateTime @db.Timestamp", "DateTime @db.Timestamptz", "DateTime @db.Timestamptz(0)",
    "DateTime @db.Date", "DateTime @db.Time(3)", "DateTime @db.Timetz", "DateTime @db.Timetz(6)",
    "Json @db.Json", "Json @db.JsonB", "Bytes @db.ByteA", "Boolean @db.Boolean", "String @db.Integer",
    "String @db.Date", "Int @db.Text", "String @db.Nope", "String @other.Text", "String @db.TinyInt",
    "String @db.VarChar(10, 2)", "Int @db.Int", "String @db.Char(0)",
]

BLOCK_FORMS = [
    "@@index(orgId)", "@@index([orgId])", "@@index(fields: [orgId])", "@@index(fields: orgId)",
    '@@index([orgId], map: "x")', '@@index([orgId], name: "x")', "@@index([orgId(sort: Desc)])",
    "@@index(orgId(sort: Desc))", "@@index([orgId], type: Hash)", "@@index([orgId], type: Gin)",
    "@@index([orgId], type: Gist)", "@@index([orgId], type: Brin)", "@@index([orgId], type: SpGist)",
    "@@index([orgId], type: BTree)", "@@index([orgId], type: Nope)", '@@index([email(ops: raw("text_pattern_ops"))])',
    "@@index([email(ops: TextMinMaxOps)], type: Brin)", "@@index([orgId(ops: Int4MinMaxOps)], type: Brin)",
    "@@index([orgId(ops: Int4BloomOps)], type: Brin)", "@@index([email(ops: TextOps)])",
    "@@index([email(length: 10)])", "@@index([orgId], clustered: true)", "@@index([])", "@@index(nope)",
    "@@index([orgId, orgId])", '@@index(orgId, map: "x")', "@@index([posts])", "@@index([orgId, email])",
    "@@index(orgId, email)", "@@index([name(sort: Desc, ops: raw(\"x\"))])", "@@index", "@@index()",
    "@@index([orgId], where: raw(\"x\"))", "@@unique(email)", "@@unique([email])", "@@unique(fields: email)",
    '@@unique([email, orgId], name: "x")', '@@unique(email, name: "x")', '@@unique([email], map: "x")',
    "@@unique([email(sort: Desc)])", "@@unique([email], type: Hash)", "@@unique([email], clustered: false)",
    "@@unique([posts])", "@@unique([])", "@@unique([role])", '@@map("users")', '@@map(name: "users")',
    "@@map(users)", "@@ignore", '@@schema("public")', "@@fulltext([email])", "@@index([email], type: Fulltext)",
    "@@id([id])", "@@unknown", '@@map("users")\n  @@map("u2")', "@@index([email], ops: raw(\"x\"))",
]

RELATION_FORMS = [
    "author User @relation(fields: authorId, references: id)",
    "author User @relation(fields: [authorId], references: id)",
    "author User @relation(fields: authorId, references: [id])",
    'author User @relation("A", fields: [authorId], references: [id])',
    'author User @relation(name: "A", fields: [authorId], references: [id])',
    "author User @relation(fields: [authorId], references: [id], onDelete: Cascade)",
    "author User @relation(fields: [authorId], references: [id], onDelete: Restrict, onUpdate: Cascade)",
    "author User @relation(fields: [authorId], references: [id], onDelete: NoAction)",
    "author User @relation(fields: [authorId], references: [id], onDelete: SetNull)",
    "author User @relation(fields: [authorId], references: [id], onDelete: SetDefault)",
    "author User @relation(fields: [authorId], references: [id], onDelete: Nope)",
    'author User @relation(fields: [authorId], references: [id], map: "fk")',
    "author User @relation(fields: [authorId], references: [email])",
    "author User @relation(fields: [authorId], references: [orgId])",
    "author User @relation(fields: [authorId], references: [name])",
    "author User? @relation(fields: [authorId], references: [id])",
    "author User @relation(fields: [authorId, id], references: [id])",
    "author User @relation(fields: [], references: [])",
    "author User @relation(references: [id])",
    "author User @relation(fields: [authorId])",
    "author User",
    'author User @relation("A")',
    "author User @relation(fields: [authorId], references: [id], onDelete: Cascade, onDelete: Cascade)",
    "author User @relation(fields: [nope], references: [id])",
    "author User[]",
    "author User @relation(fields: [authorId], references: [id]) @unique",
]

MODEL_FORMS = [
    "model Pair {\n  a Int\n  b Int\n\n  @@id([a, b])\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id(a)\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id(fields: a)\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id(fields: [a, b], name: \"ab\", map: \"pair_pk\")\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id([a(sort: Desc), b])\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id([a, b], clustered: true)\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@id([a, b], length: 2)\n}\n",
    "model Pair {\n  a Int @id\n  b Int\n\n  @@id([a, b])\n}\n",
    "model Pair {\n  a Int\n  b Int\n}\n",
    "model Pair {\n  a Int @unique\n  b Int\n}\n",
    "model Pair {\n  a Int?\n  b Int\n\n  @@unique([a, b])\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@unique([a, b])\n}\n",
    "model Pair {\n  a Int\n  b Int\n\n  @@ignore\n}\n",
    "model Pair {\n  a Int @id(sort: Desc)\n}\n",
    "model Pair {\n  a String @id(length: 10)\n}\n",
    "model Pair {\n  a Int @id(clustered: true)\n}\n",
    "model Pair {\n  a Int @id @default(autoincrement())\n  b Int @default(autoincrement())\n}\n",
    "model Pair {\n  a Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id Int @id\n  pairs Pair[]\n}\n",
    "model Pair {\n  a Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  x Int\n  y Int\n  pairs Pair[]\n\n  @@id([x, y])\n}\n",
    "model Pair {\n  a Int @id\n  parentId Int?\n  parent Pair? @relation(\"T\", fields: [parentId], references: [a])\n"
    "  children Pair[] @relation(\"T\")\n}\n",
    "model Pair {\n  a Int @id\n  parentId Int?\n  parent Pair? @relation(fields: [parentId], references: [a])\n"
    "  children Pair[]\n}\n",
    "view Pair {\n  a Int @unique\n}\n",
    "type Pair {\n  a Int\n}\n",
    "enum Empty {\n}\n",
    "enum Dup {\n  A\n  A\n}\n",
    "enum Role2 {\n  a @map(\"x\")\n  b\n\n  @@map(\"roles\")\n}\n",
    "enum Role2 {\n  A\n\n  @@schema(\"public\")\n}\n",
    "model user {\n  id Int @id\n}\n",
    "model User2 {\n  id Int @id\n\n  @@map(\"User\")\n}\n",
    "model Pair {\n  id Int @id\n  posts Post[] @relation(\"nope\")\n}\n",
    "generator client {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n",
    "generator client {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"nope\"]\n}\n",
    "generator client {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"multiSchema\"]\n}\n",
    "generator client {\n}\n",
]

DATASOURCE_FORMS = [
    '\n  schemas  = ["public", "other"]', '\n  schemas  = []', '\n  schemas  = "public"',
    '\n  extensions = [citext, pg_trgm(schema: "public")]', '\n  extensions = [citext(version: "1.6")]',
    '\n  directUrl = env("DIRECT_URL")', '\n  shadowDatabaseUrl = env("SHADOW")', '\n  relationMode = "prisma"',
    '\n  relationMode = "foreignKeys"', '\n  relationMode = "nope"', '\n  nope = 1', '\n  url = "x"',
    '\n  directUrl = "postgresql://x"',
]


def mutations(form: str):
    """Mechanical edits of one form: each may be valid or not; Prisma decides."""
    out = set()
    out.add(re.sub(r"\[(\w+)\]", r"\1", form, count=1))                 # [a] -> a
    out.add(re.sub(r"\((\w+)\)", r"([\1])", form, count=1))              # (a) -> ([a])
    out.add(re.sub(r'"(\w+)"', r"\1", form, count=1))                    # "x" -> x
    out.add(form.replace("Desc", "desc").replace("Hash", "hash"))
    out.add(re.sub(r", [\w]+: [^,)]+\)", ")", form, count=1))            # drop the last named argument
    out.add(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 1000 + 1), form, count=1))
    at = form.rfind("@")
    if at >= 0:
        out.add(form + " " + form[at:])                                  # the attribute twice
    out.add(form.replace("@@", "@", 1) if "@@" in form else form.replace(" @", " @@", 1))
    out.discard(form)
    return sorted(out)


def render(field="", block="", relation=RELATION, model="", datasource="", enum=""):
    return BASE % {
        "field": ("\n  extra " + field) if field else "",
        "block": ("\n\n  " + block) if block else "",
        "relation": relation,
        "model": ("\n" + model) if model else "",
        "datasource": datasource,
        "enum": enum,
    }


def cases_from_forms():
    for form in DEFAULTS + FIELD_FORMS + NATIVE:
        for variant in [form] + mutations(form):
            yield render(field=variant)
    for form in BLOCK_FORMS:
        for variant in [form] + mutations(form):
            yield render(block=variant)
    for form in RELATION_FORMS:
        for variant in [form] + mutations(form):
            yield render(relation="  " + variant)
    for form in MODEL_FORMS:
        yield render(model=form)
        yield render(model=form, datasource='\n  schemas  = ["public"]')
    for form in DATASOURCE_FORMS:
        yield render(datasource=form)
        yield render(datasource=form, block='@@schema("other")')


def cases_from_goldens(root: str, per_file: int, rng: random.Random):
    """Each golden schema whole, and with single lines deleted (all of them for small files)."""
    files = sorted(glob.glob(os.path.join(root, "tests/golden/prisma/**/*.prisma"), recursive=True))
    files += sorted(glob.glob(os.path.join(root, "tests/golden/prisma-reference/**/*.prisma"), recursive=True))
    for path in files:
        if "/multi_file/" in path:
            continue
        text = open(path, encoding="utf-8").read()
        yield text
        lines = text.split("\n")
        candidates = [i for i, line in enumerate(lines) if line.strip() and not line.strip().startswith("//")]
        for i in sorted(rng.sample(candidates, min(per_file, len(candidates)))):
            yield "\n".join(lines[:i] + lines[i + 1:])


def cases_from_diff_corpus(root: str):
    """Every schema of the diff corpus (all valid for Prisma, and varied)."""
    for path in sorted(glob.glob(os.path.join(root, "tests/golden/diff_oracle/*/*.prisma"))):
        yield open(path, encoding="utf-8").read()


TYPES = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", "Role"]
ADDED = ["@unique", "@id", "@default(1)", '@default("x")', "@default(now())", "@default(autoincrement())",
         "@updatedAt", "@ignore", '@map("m")', "@db.Text", "@db.VarChar(20)", "@db.Integer", "@db.Timestamptz(3)",
         "@db.JsonB", "@default(uuid())", "@default([])", "@unique(sort: Desc)"]


def random_edit(text: str, rng: random.Random) -> str:
    """One random schema-level edit of a valid schema: a field's type, optionality or attributes
    changed, or a block attribute's field list pointed at another field."""
    lines = text.split("\n")
    fields = [i for i, l in enumerate(lines) if re.match(r"^  \w+\s+\w+(\[\]|\?)?(\s|$)", l) and "=" not in l]
    blocks = [i for i, l in enumerate(lines) if l.strip().startswith("@@")]
    if not fields:
        return text
    i = rng.choice(fields)
    m = re.match(r"^(  \w+\s+)(\w+)(\[\]|\?)?(.*)$", lines[i])
    head, typ, mod, rest = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    attrs = re.findall(r"@[\w.]+(?:\((?:[^()]|\([^()]*\))*\))?", rest)
    edit = rng.randrange(6)
    if edit == 0:
        typ = rng.choice(TYPES)
    elif edit == 1:
        mod = rng.choice(["", "?", "[]"])
    elif edit == 2 and attrs:
        attrs.remove(rng.choice(attrs))
    elif edit == 3:
        attrs.append(rng.choice(ADDED))
    elif edit == 4 and blocks:
        j = rng.choice(blocks)
        name = m.group(1).strip()
        lines[j] = re.sub(r"\[(\w+)", "[" + name, lines[j], count=1) if "[" in lines[j] else lines[j]
        return "\n".join(lines)
    else:
        del lines[i]
        return "\n".join(lines)
    lines[i] = head + typ + mod + ((" " + " ".join(attrs)) if attrs else "")
    return "\n".join(lines)


def cases_from_random_edits(out_dir: str, count: int, rng: random.Random):
    """`count` schemas made by one to three random edits of a valid schema of the corpus."""
    valid = []
    for path in sorted(glob.glob(os.path.join(out_dir, "*.verdict"))):
        if open(path, encoding="utf-8").readline().strip() == "valid":
            valid.append(open(path[: -len(".verdict")] + ".prisma", encoding="utf-8").read())
    for _ in range(count if valid else 0):
        text = rng.choice(valid)
        for _ in range(rng.randint(1, 3)):
            text = random_edit(text, rng)
        yield text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--golden-lines", type=int, default=6)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--random-edits", type=int, default=0,
                        help="also write N random edits of the valid cases already in OUT_DIR")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    written = 0
    for text in (list(cases_from_forms()) + list(cases_from_goldens(root, args.golden_lines, rng)) +
                 list(cases_from_diff_corpus(root)) +
                 list(cases_from_random_edits(args.out_dir, args.random_edits, rng))):
        name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = os.path.join(args.out_dir, name + ".prisma")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            written += 1
    print("gen_validate_cases: %d new case(s) in %s" % (written, args.out_dir))


if __name__ == "__main__":
    main()
