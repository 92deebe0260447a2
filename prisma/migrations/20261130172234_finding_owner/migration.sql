-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "ownerOfficialId" TEXT;

-- CreateIndex
CREATE INDEX "finding_ownerOfficialId_idx" ON "finding"("ownerOfficialId");

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_ownerOfficialId_fkey" FOREIGN KEY ("ownerOfficialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
