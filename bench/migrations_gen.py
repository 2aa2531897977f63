#!/usr/bin/env python3
"""Writes a project of N small migrations, as a long-lived Prisma project accumulates them, and the
schema.prisma they add up to (bench/replay_cache.sh).

Usage: migrations_gen.py N DIR  ->  DIR/migrations/<timestamp>_step_<i>/migration.sql, DIR/schema.prisma

The steps cycle through what migrations usually do, in Prisma's SQL: create a table (a SERIAL key,
a text column, a timestamp with a default), add a column, add an index, add a unique index, create
an enum and a column of it, add a foreign key to an earlier table. Deterministic: the same N gives
the same files.
"""
import os
import sys


class Table:
    def __init__(self, name):
        self.name = name
        self.columns = [("id", "Int @id @default(autoincrement())"), ("title", "String"),
                        ("createdAt", "DateTime @default(now())")]
        self.indexes = []   # (columns, unique)
        self.relations = []  # (field, column, target)
        self.back = []       # (field, source)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    tables = []
    enums = []
    migrations = []

    def new_table():
        t = Table("Item%d" % len(tables))
        tables.append(t)
        return ('CREATE TABLE "%s" (\n    "id" SERIAL NOT NULL,\n    "title" TEXT NOT NULL,\n'
                '    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n\n'
                '    CONSTRAINT "%s_pkey" PRIMARY KEY ("id")\n);\n' % (t.name, t.name))

    for i in range(n):
        kind = i % 6
        if not tables or kind == 0:
            sql = "-- CreateTable\n" + new_table()
        else:
            t = tables[(i * 7) % len(tables)]
            if kind == 1:
                column = "note%d" % i
                t.columns.append((column, "String?"))
                sql = '-- AlterTable\nALTER TABLE "%s" ADD COLUMN "%s" TEXT;\n' % (t.name, column)
            elif kind == 2:
                column = "count%d" % i
                t.columns.append((column, "Int @default(0)"))
                t.indexes.append(([column], False))
                sql = ('-- AlterTable\nALTER TABLE "%s" ADD COLUMN "%s" INTEGER NOT NULL DEFAULT 0;\n\n'
                       '-- CreateIndex\nCREATE INDEX "%s_%s_idx" ON "%s"("%s");\n'
                       % (t.name, column, t.name, column, t.name, column))
            elif kind == 3:
                column = "code%d" % i
                t.columns.append((column, "String?"))
                t.indexes.append(([column], True))
                sql = ('-- AlterTable\nALTER TABLE "%s" ADD COLUMN "%s" VARCHAR(32);\n\n'
                       '-- CreateIndex\nCREATE UNIQUE INDEX "%s_%s_key" ON "%s"("%s");\n'
                       % (t.name, column, t.name, column, t.name, column))
                t.columns[-1] = (column, "String? @unique @db.VarChar(32)")
                t.indexes.pop()
            elif kind == 4:
                enum = "Status%d" % i
                enums.append((enum, ["DRAFT", "ACTIVE", "ARCHIVED"]))
                column = "status%d" % i
                t.columns.append((column, "%s @default(DRAFT)" % enum))
                sql = ('-- CreateEnum\nCREATE TYPE "%s" AS ENUM (\'DRAFT\', \'ACTIVE\', \'ARCHIVED\');\n\n'
                       '-- AlterTable\nALTER TABLE "%s" ADD COLUMN "%s" "%s" NOT NULL DEFAULT \'DRAFT\';\n'
                       % (enum, t.name, column, enum))
            else:
                target = tables[(i * 3) % len(tables)]
                column = "ref%dId" % i
                field = "ref%d" % i
                t.columns.append((column, "Int?"))
                t.relations.append((field, column, target))
                target.back.append(("back%d" % i, t, field))
                sql = ('-- AlterTable\nALTER TABLE "%s" ADD COLUMN "%s" INTEGER;\n\n'
                       '-- AddForeignKey\nALTER TABLE "%s" ADD CONSTRAINT "%s_%s_fkey" FOREIGN KEY ("%s") '
                       'REFERENCES "%s"("id") ON DELETE SET NULL ON UPDATE CASCADE;\n'
                       % (t.name, column, t.name, t.name, column, column, target.name))
        migrations.append(sql)

    for i, sql in enumerate(migrations):
        folder = os.path.join(out, "migrations", "2024%010d_step_%d" % (i, i))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "migration.sql"), "w") as f:
            f.write(sql)
    with open(os.path.join(out, "migrations", "migration_lock.toml"), "w") as f:
        f.write('provider = "postgresql"\n')

    lines = ['datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n']
    for name, values in enums:
        lines.append("enum %s {\n%s}\n" % (name, "".join("  %s\n" % v for v in values)))
    for t in tables:
        body = ["  %s %s\n" % (c, ty) for c, ty in t.columns]
        for field, column, target in t.relations:
            body.append('  %s %s? @relation("%s_%s", fields: [%s], references: [id], onDelete: SetNull)\n'
                        % (field, target.name, t.name, field, column))
        for field, source, source_field in t.back:
            body.append('  %s %s[] @relation("%s_%s")\n' % (field, source.name, source.name, source_field))
        for columns, unique in t.indexes:
            body.append("  @@%s([%s])\n" % ("unique" if unique else "index", ", ".join(columns)))
        lines.append("model %s {\n%s}\n" % (t.name, "".join(body)))
    with open(os.path.join(out, "schema.prisma"), "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
