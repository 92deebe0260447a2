-- CreateIndex
CREATE INDEX "official_status_unitId_sectionId_employmentType_idx" ON "official"("status", "unitId", "sectionId", "employmentType");
