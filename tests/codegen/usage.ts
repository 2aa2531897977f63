// Type-checked by check_typescript.sh against the generated files in tests/golden/codegen/.
// Each @ts-expect-error line must fail to compile, so a wrong mapping breaks the check.
import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import * as pg from "./everything.pg.kysely";
import * as pr from "./everything.prisma.kysely";
import * as builtin from "./builtin.pg.kysely";
import type * as builtinPrisma from "./builtin.prisma";

// ---- pg runtime: column names, node-postgres values -------------------------------------------
type NewUser = Insertable<pg.DB["users"]>;
export const newUser: NewUser = { email: "a@example.com", "first name": null, updated_at: new Date() };
// @ts-expect-error email has no default, so it must be given
export const missingEmail: NewUser = { "first name": "Ann", updated_at: new Date() };
// @ts-expect-error @updatedAt without @default has no database default: Prisma Client fills it in, Kysely must give it
export const missingUpdatedAt: NewUser = { email: "a@example.com" };

export function readUser(row: Selectable<pg.DB["users"]>): [number, string, string, pg.Role, string] {
  // int8 and numeric arrive as strings; arrays of enums as their text form.
  return [row.id, row.visits, row.balance, row.role, row.roles];
}
// @ts-expect-error BIGINT is a string with node-postgres
export const wrongVisits: bigint = ({} as Selectable<pg.DB["users"]>).visits;

export const moderator: pg.Role = pg.Role.MODERATOR;
export const moderatorText: "moderator" = pg.Role.MODERATOR;
export const stateText: pg.TaskState = "in-progress";

export const postUpdate: Updateable<pg.DB["Post"]> = { title: "New title", state: pg.TaskState.DONE };
export const joinRow: Insertable<pg.DB["_CategoryToPost"]> = { A: 1, B: 2 };
export const nativeRow: Insertable<pg.DB["native_types"]> = {
  cuid1: "c", cuid2: "c", nano: "n", nano10: "n", uuid7: "u", bigList: ["1"], decimals: [1.5],
  stamps: [new Date()], jsons: [{ a: [1, null] }], blobs: [new Uint8Array(1)], states: "{OPEN}",
};

export async function activeEmails(db: Kysely<pg.DB>): Promise<string[]> {
  const rows = await db.selectFrom("users").select(["id", "email"]).where("is_active", "=", true).execute();
  return rows.map((row) => row.email);
}

export async function postsWithAuthors(db: Kysely<pg.DB>) {
  return db
    .selectFrom("Post")
    .innerJoin("users", "users.id", "Post.authorId")
    .select(["Post.title", "users.email", "Post.metadata"])
    .execute();
}

export async function builtinJobs(db: Kysely<builtin.DB>) {
  await db.insertInto("worker_jobs").values({
    type: "send", userId: 1, data: { to: "x" }, due: new Date(), removeAt: new Date(),
  }).execute();
  return db.selectFrom("notifications").selectAll().where("read", "=", false).execute();
}

// ---- prisma runtime: field names, Prisma Client values ----------------------------------------
export function readPrismaUser(user: pr.User): [bigint, string, Date, pr.Role[], string | null] {
  return [user.visits, user.balance.toFixed(2), user.createdAt, user.roles, user.firstName];
}
// @ts-expect-error ignored fields are not part of Prisma Client's model type
export const legacy = ({} as pr.User).legacy;
export const prismaModerator: "MODERATOR" = pr.Role.MODERATOR;
export const setting: builtinPrisma.Setting = {
  id: 1, key: "k", value: "v", createdAt: new Date(), updatedAt: new Date(),
};
export const prismaTable: Insertable<pr.DB["users"]> = {
  email: "a@example.com", "first name": null, visits: 10n, updated_at: new Date(),
};
