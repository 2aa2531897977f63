-- Enums, composite keys, self and double relations, referential actions, named constraints.
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "order_status" AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "roles" "Role"[],
    "managerId" INTEGER,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "orders" (
    "id" BIGSERIAL NOT NULL,
    "buyer_id" INTEGER NOT NULL,
    "seller_id" INTEGER,
    "status" "order_status" NOT NULL DEFAULT 'new',
    "total" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "note" TEXT DEFAULT 'none',
    "placed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "order_lines" (
    "order_id" BIGINT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "qty" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "line_no")
);
CREATE UNIQUE INDEX "order_lines_order_id_sku_key" ON "order_lines"("order_id", "sku");
CREATE INDEX "by_sku" ON "order_lines"("sku");

CREATE TABLE "tags" (
    "name" TEXT NOT NULL,
    "flags" TEXT[],
    CONSTRAINT "tags_pkey" PRIMARY KEY ("name")
);

ALTER TABLE "User" ADD CONSTRAINT "User_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "orders" ADD CONSTRAINT "orders_buyer_id_fkey" FOREIGN KEY ("buyer_id") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "orders" ADD CONSTRAINT "orders_seller" FOREIGN KEY ("seller_id") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
