// Writes a row of every column type through Kysely and node-postgres, reads it back, and checks
// every value against the type `qdb generate-types` (runtime "pg", Kysely) declared for its
// column in db.ts: the declared types are read from db.ts with the TypeScript compiler API, so a
// declared type that the driver does not return fails here even though tsc accepts the code.
// Run by check_kysely_runtime.sh with DATABASE_URL set and TZ=UTC.
import { readFileSync } from "node:fs";
import { deepStrictEqual } from "node:assert";
import * as ts from "typescript";
import { Kysely, PostgresDialect, type Insertable, type Selectable } from "kysely";
import pg from "pg";
import { type DB, Mood } from "./db";

const uuid = "6f1c7d62-4a1e-4c8e-9d4b-2a7f0c1e5b3a";
const stamp = new Date("2025-01-02T03:04:05.678Z");

const row: Insertable<DB["Sample"]> = {
  text: "text", varchar: "varchar", uuid, int: 42, small: 7, big: "9007199254740993", float: 1.5, real: 2.5,
  decimal: "1234.56", money: "12.34", bool: true, stamp, stampTz: stamp, day: new Date("2025-01-02T00:00:00Z"),
  time: "03:04:05.678", json: { a: [1, "x", null], b: { c: true } }, plain: { d: ["e", 1] },
  bytes: Buffer.from([0, 1, 2, 255]), mood: Mood.SAD, moods: "{HAPPY,so-sad}", texts: ["a", "b,c"],
  ints: [1, -2], bigs: ["1", "9007199254740993"], floats: [1.5, -0.25], decimals: [1.25], bools: [true, false],
  stamps: [stamp], jsons: [{ k: "v" }, { n: [1, 2] }], blobs: [Buffer.from([7, 8])], note: null,
};

// node-postgres writes a JavaScript array as a PostgreSQL array, so a JSON value that is an array
// must be written as JSON.stringify(value) (docs/from-prisma.md); objects go as they are.

// What node-postgres hands back for `row` (money in the server's lc_monetary, C here).
const expected: Omit<Selectable<DB["Sample"]>, "id" | "created"> = {
  ...row, money: "$12.34", note: null, moods: "{HAPPY,so-sad}",
} as Omit<Selectable<DB["Sample"]>, "id" | "created">;

// The declared type of every property of interface `name` in db.ts, as syntax.
function declaredTypes(source: ts.SourceFile, name: string): Map<string, ts.TypeNode> {
  const types = new Map<string, ts.TypeNode>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== name) return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) types.set(member.name.getText(source).replace(/"/g, ""), member.type);
    }
  });
  if (types.size === 0) throw new Error(`db.ts declares no interface ${name}`);
  return types;
}

const enums: Record<string, readonly string[]> = { Mood: Object.values(Mood) };

function isJson(value: unknown): boolean {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isJson);
  return typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isJson);
}

// Whether `value` is of the declared type `type`; throws on a type this check does not know.
function matches(value: unknown, type: ts.TypeNode, source: ts.SourceFile): boolean {
  if (ts.isUnionTypeNode(type)) return type.types.some((t) => matches(value, t, source));
  if (ts.isArrayTypeNode(type)) return Array.isArray(value) && value.every((v) => matches(v, type.elementType, source));
  if (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword) return value === null;
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword: return typeof value === "string";
    case ts.SyntaxKind.NumberKeyword: return typeof value === "number";
    case ts.SyntaxKind.BooleanKeyword: return typeof value === "boolean";
    case ts.SyntaxKind.BigIntKeyword: return typeof value === "bigint";
    case ts.SyntaxKind.UnknownKeyword: return true;
  }
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText(source);
    if (name === "Date") return value instanceof Date && !Number.isNaN(value.getTime());
    if (name === "Uint8Array") return value instanceof Uint8Array;
    if (name === "Buffer") return Buffer.isBuffer(value);
    if (name === "JsonValue") return isJson(value);
    if (name === "Generated" && type.typeArguments?.length === 1) return matches(value, type.typeArguments[0], source);
    if (name in enums) return typeof value === "string" && enums[name].includes(value);
  }
  throw new Error(`no runtime check for the declared type ${type.getText(source)}`);
}

function checkRow(table: string, record: Record<string, unknown>, source: ts.SourceFile): string[] {
  const failures: string[] = [];
  const declared = declaredTypes(source, table);
  for (const column of Object.keys(record)) {
    if (!declared.has(column)) failures.push(`${table}.${column} is returned but not declared`);
  }
  for (const [column, type] of declared) {
    const value = record[column];
    if (!(column in record)) failures.push(`${table}.${column} is declared but not returned`);
    else if (!matches(value, type, source)) {
      const shown = value instanceof Uint8Array ? `Buffer ${Buffer.from(value).toString("hex")}` : JSON.stringify(value);
      failures.push(`${table}.${column}: declared ${type.getText(source)}, node-postgres returned ${typeof value} ${shown}`);
    }
  }
  return failures;
}

async function main(): Promise<void> {
  const source = ts.createSourceFile("db.ts", readFileSync(`${__dirname}/../src/db.ts`, "utf8"), ts.ScriptTarget.ES2020, true);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) });
  try {
    const { id } = await db.insertInto("Sample").values(row).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("Item").values({ sampleId: id }).execute();
    const sample = await db.selectFrom("Sample").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const item = await db.selectFrom("Item").selectAll().executeTakeFirstOrThrow();

    const failures = [...checkRow("Sample", sample, source), ...checkRow("Item", item, source)];
    // The values themselves: a JSON column read back as text would still be a JsonValue.
    const { id: _id, created, ...rest } = sample;
    try {
      deepStrictEqual(rest, expected);
    } catch (e) {
      failures.push(`Sample read back differs from what was written:\n${(e as Error).message}`);
    }
    if (!(created instanceof Date)) failures.push("Sample.created (default now()) is not a Date");
    if (item.id !== "1" || item.label !== "item") failures.push(`Item read back as ${JSON.stringify(item)}`);
    if (failures.length > 0) {
      console.error(failures.join("\n"));
      process.exitCode = 1;
      return;
    }
    const columns = declaredTypes(source, "Sample").size + declaredTypes(source, "Item").size;
    console.log(`roundtrip: ${columns} columns written and read back through Kysely; every value has its declared type`);
  } finally {
    await db.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
