-- CreateEnum
CREATE TYPE "OfficialChangeKind" AS ENUM ('MOVE', 'SERVICE_END');

-- CreateTable
CREATE TABLE "official_change" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "OfficialChangeKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "status" "OfficialStatus",
    "toUnitId" TEXT,
    "toSectionId" TEXT,
    "assignmentId" TEXT,
    "endedAssignments" JSONB NOT NULL DEFAULT '[]',
    "reason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelledById" TEXT,

    CONSTRAINT "official_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "official_change_assignmentId_key" ON "official_change"("assignmentId");

-- CreateIndex
CREATE INDEX "official_change_officialId_effectiveDate_idx" ON "official_change"("officialId", "effectiveDate");

-- CreateIndex
CREATE INDEX "official_change_unitId_effectiveDate_idx" ON "official_change"("unitId", "effectiveDate");

-- CreateIndex
CREATE INDEX "official_change_toUnitId_idx" ON "official_change"("toUnitId");

-- CreateIndex
CREATE INDEX "official_change_toSectionId_idx" ON "official_change"("toSectionId");

-- CreateIndex
CREATE INDEX "official_change_appliedAt_effectiveDate_idx" ON "official_change"("appliedAt", "effectiveDate");

-- CreateIndex
CREATE INDEX "official_change_createdById_idx" ON "official_change"("createdById");

-- CreateIndex
CREATE INDEX "official_change_cancelledById_idx" ON "official_change"("cancelledById");

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_toSectionId_fkey" FOREIGN KEY ("toSectionId") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_change" ADD CONSTRAINT "official_change_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
