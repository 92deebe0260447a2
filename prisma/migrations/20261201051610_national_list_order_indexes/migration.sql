-- CreateIndex
CREATE INDEX "appointment_proposal_updatedAt_id_idx" ON "appointment_proposal"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "news_item_status_publishedAt_id_idx" ON "news_item"("status", "publishedAt" DESC, "id" DESC);
