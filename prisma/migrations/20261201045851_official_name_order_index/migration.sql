-- DropIndex
DROP INDEX "official_sortName_idx";

-- CreateIndex
CREATE INDEX "official_sortName_id_idx" ON "official"("sortName", "id");
