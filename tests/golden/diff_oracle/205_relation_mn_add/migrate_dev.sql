-- CreateTable
CREATE TABLE "_InvoiceToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_InvoiceToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_InvoiceToUser_B_index" ON "_InvoiceToUser"("B");

-- AddForeignKey
ALTER TABLE "_InvoiceToUser" ADD CONSTRAINT "_InvoiceToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvoiceToUser" ADD CONSTRAINT "_InvoiceToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
