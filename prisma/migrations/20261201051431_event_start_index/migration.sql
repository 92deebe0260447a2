-- CreateIndex
CREATE INDEX "event_startsAt_idx" ON "event"("startsAt");
