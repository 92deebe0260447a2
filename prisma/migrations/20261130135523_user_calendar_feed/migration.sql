-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "calendarFeedCreatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "calendarFeedToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "app_user_calendarFeedToken_key" ON "app_user"("calendarFeedToken");
