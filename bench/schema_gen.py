#!/usr/bin/env python3
"""Writes a synthetic but realistic Prisma schema of N models (default 2000) to stdout.

Used by bench/generate_types.sh. Every model has about a dozen fields of mixed scalar types,
optional fields, defaults (autoincrement(), now(), literals, enum values), @updatedAt, @map and
@@map, @unique, @@index, native types and doc comments. There are N/20 enums; every model but the
first belongs to an earlier one (1:n with fields/references), every tenth model has a self
relation and every fiftieth an implicit many-to-many relation with its neighbour.

Usage: python3 bench/schema_gen.py [N] > schema.prisma
"""
import sys


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    enums = max(1, n // 20)
    out = []
    w = out.append
    w("// A synthetic schema for benchmarks: %d models, %d enums.\n" % (n, enums))
    w('datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n')
    w('generator client {\n  provider = "prisma-client-js"\n}\n\n')

    for e in range(enums):
        w("/// Lifecycle states, set %d.\n" % e)
        w("enum Status%d {\n  ACTIVE\n  INACTIVE @map(\"inactive\")\n  PENDING\n  /// No longer shown.\n  ARCHIVED\n" % e)
        if e % 2 == 0:
            w('\n  @@map("status_%d")\n' % e)
        w("}\n\n")

    # Back-relation fields each model receives from the models that point at it.
    incoming = [[] for _ in range(n)]
    for i in range(1, n):
        incoming[i // 2].append("  entities%d Entity%d[]\n" % (i, i))
    for i in range(0, n - 1, 50):
        incoming[i + 1].append('  linked%d Entity%d[] @relation("Link%d")\n' % (i, i, i))

    for i in range(n):
        name = "Entity%d" % i
        w("/// Entity number %d, with the usual bookkeeping columns.\n" % i)
        w("model %s {\n" % name)
        w("  id        Int      @id @default(autoincrement())\n")
        w('  createdAt DateTime @default(now()) @map("created_at")\n')
        w('  updatedAt DateTime @updatedAt @map("updated_at") @db.Timestamptz(6)\n')
        w("  /// The display name.\n")
        w("  name      String   @db.VarChar(255)\n")
        w("  email     String?  @unique\n")
        w('  kind      String   @default("basic")\n')
        w("  price     Decimal  @default(0) @db.Decimal(10, 2)\n")
        w("  active    Boolean  @default(true)\n")
        w("  views     BigInt?\n")
        w("  score     Float    @default(1.5)\n")
        w("  metadata  Json?\n")
        w("  status    Status%d @default(ACTIVE)\n" % (i % enums))
        if i % 3 == 0:
            w("  avatar    Bytes?\n")
        if i % 4 == 0:
            w("  labels    String[]\n")
        if i > 0:
            w('  ownerId   Int      @map("owner_id")\n')
            w("  owner     Entity%d @relation(fields: [ownerId], references: [id], onDelete: Cascade)\n" % (i // 2))
        if i % 10 == 0:
            w('  parentId  Int?     @map("parent_id")\n')
            w('  parent    %s? @relation("%sTree", fields: [parentId], references: [id])\n' % (name, name))
            w('  children  %s[] @relation("%sTree")\n' % (name, name))
        if i % 50 == 0 and i + 1 < n:
            w('  links     Entity%d[] @relation("Link%d")\n' % (i + 1, i))
        for line in incoming[i]:
            w(line)
        w("\n")
        if i > 0:
            w("  @@unique([name, ownerId])\n")
            w("  @@index([ownerId])\n")
        w("  @@index([createdAt(sort: Desc)])\n")
        w('  @@map("entity_%d")\n' % i)
        w("}\n\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
