-- A self many-to-many relation, a relation to a table without a key, a generated column and a
-- GIN index with an operator class.
CREATE TABLE "node" (
    "id" SERIAL NOT NULL,
    "doc" JSONB,
    "total" INTEGER GENERATED ALWAYS AS (id * 2) STORED,
    CONSTRAINT "node_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "node_doc_idx" ON "node" USING GIN ("doc" jsonb_path_ops);
CREATE TABLE "_NodeToNode" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_NodeToNode_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE INDEX "_NodeToNode_B_index" ON "_NodeToNode"("B");
ALTER TABLE "_NodeToNode" ADD CONSTRAINT "_NodeToNode_A_fkey" FOREIGN KEY ("A") REFERENCES "node"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_NodeToNode" ADD CONSTRAINT "_NodeToNode_B_fkey" FOREIGN KEY ("B") REFERENCES "node"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE "loose" (
    "nodeId" INTEGER,
    "note" TEXT
);
ALTER TABLE "loose" ADD CONSTRAINT "loose_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;
