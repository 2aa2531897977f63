-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'moderator');

-- CreateEnum
CREATE TYPE "task_state" AS ENUM ('OPEN', 'in-progress', 'DONE');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "first name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "roles" "Role"[] DEFAULT ARRAY['USER', 'ADMIN']::"Role"[],
    "balance" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "visits" BIGINT NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "avatar" BYTEA,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lucky" INTEGER[] DEFAULT ARRAY[7, 13]::INTEGER[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "legacy" TEXT,
    "managerId" INTEGER,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL,
    "bio" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "state" "task_state" NOT NULL DEFAULT 'in-progress',
    "metadata" JSONB,
    "authorId" INTEGER NOT NULL,
    "reviewerId" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SMALLSERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "postId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("postId","position")
);

-- CreateTable
CREATE TABLE "Reaction" (
    "id" BIGSERIAL NOT NULL,
    "commentPostId" INTEGER NOT NULL,
    "commentPosition" INTEGER NOT NULL,
    "emoji" CHAR(4) NOT NULL,

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" INTEGER NOT NULL,
    "group_name" TEXT NOT NULL,
    "since" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "membership_pk" PRIMARY KEY ("userId","group_name")
);

-- CreateTable
CREATE TABLE "native_types" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cuid1" TEXT NOT NULL,
    "cuid2" TEXT NOT NULL,
    "nano" TEXT NOT NULL,
    "nano10" TEXT NOT NULL,
    "uuid7" TEXT NOT NULL,
    "varchar" VARCHAR,
    "char" CHAR(10),
    "xml" XML,
    "inet" INET,
    "citext" CITEXT,
    "bit" BIT(8),
    "varbit" VARBIT(16),
    "small" SMALLINT,
    "integer" INTEGER,
    "oid" OID,
    "big" BIGINT,
    "real" REAL,
    "double" DOUBLE PRECISION,
    "money" MONEY,
    "stamp" TIMESTAMP(6),
    "stampTz" TIMESTAMPTZ,
    "day" DATE,
    "time" TIME(3),
    "timeTz" TIMETZ(0),
    "flag" BOOLEAN,
    "json" JSONB,
    "bytes" BYTEA NOT NULL DEFAULT '\x010203',
    "location" point,
    "quote" TEXT NOT NULL DEFAULT 'it''s',
    "epoch" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00.500 +00:00',
    "bigList" BIGINT[],
    "decimals" DECIMAL(65,30)[],
    "stamps" TIMESTAMP(3)[],
    "jsons" JSONB[],
    "blobs" BYTEA[],
    "states" "task_state"[],
    "class" TEXT,

    CONSTRAINT "native_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Archived" (
    "id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Archived_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_follows" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_follows_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CategoryToPost" (
    "A" SMALLINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CategoryToPost_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_created_at_idx" ON "users"("created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "profile_owner" ON "Profile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug" DESC);

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post" USING HASH ("title");

-- CreateIndex
CREATE INDEX "post_metadata_gin" ON "Post" USING GIN ("metadata" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Post_authorId_slug_title_body_state_reviewerId_metadata_id_idx" ON "Post"("authorId", "slug", "title", "body", "state", "reviewerId", "metadata", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Post_authorId_title_key" ON "Post"("authorId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Category_name_key" ON "Category"("name");

-- CreateIndex
CREATE INDEX "_follows_B_index" ON "_follows"("B");

-- CreateIndex
CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost"("B");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "profile_user" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_commentPostId_commentPosition_fkey" FOREIGN KEY ("commentPostId", "commentPosition") REFERENCES "Comment"("postId", "position") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follows" ADD CONSTRAINT "_follows_A_fkey" FOREIGN KEY ("A") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follows" ADD CONSTRAINT "_follows_B_fkey" FOREIGN KEY ("B") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToPost" ADD CONSTRAINT "_CategoryToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToPost" ADD CONSTRAINT "_CategoryToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

