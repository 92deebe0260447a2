-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "groupId" TEXT;

-- CreateIndex
CREATE INDEX "audit_log_groupId_idx" ON "audit_log"("groupId");
