-- DropIndex
DROP INDEX "assignment_positionId_endDate_idx";

-- CreateIndex
CREATE INDEX "assignment_positionId_endDate_startDate_idx" ON "assignment"("positionId", "endDate", "startDate");

-- CreateIndex
CREATE INDEX "follow_up_dueDate_unitId_id_idx" ON "follow_up"("dueDate", "unitId", "id");
