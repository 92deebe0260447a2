-- CreateEnum
CREATE TYPE "SupervisionArea" AS ENUM ('STAFFING', 'FINANCE', 'LOGISTICS_GENERAL', 'TECHNICAL', 'LEGAL', 'PLANNING_DATA');

-- CreateEnum
CREATE TYPE "ChecklistResult" AS ENUM ('FINE', 'FINDING', 'NOT_CHECKED');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('FINDING', 'REQUEST');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "FollowUpSource" AS ENUM ('FINDING', 'UNIT_REQUEST', 'EVENT_OUTCOME');

-- CreateEnum
CREATE TYPE "EscalationAnswer" AS ENUM ('TAKEN_OVER', 'SENT_BACK', 'ESCALATED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('FOLLOW_UP_ASSIGNED', 'FOLLOW_UP_RETURNED', 'FOLLOW_UP_ESCALATED', 'FOLLOW_UP_VERIFIED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'VISIT_PLANNED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FollowUpStatus" ADD VALUE 'REOPENED';
ALTER TYPE "FollowUpStatus" ADD VALUE 'ESCALATED';

-- DropIndex
DROP INDEX "supervision_visit_hostUnitId_startsAt_idx";

-- DropIndex
DROP INDEX "supervision_visit_visitorUnitId_startsAt_idx";

-- DropIndex
DROP INDEX "supervision_visit_status_startsAt_idx";

-- AlterTable
ALTER TABLE "supervision_visit" DROP COLUMN "endsAt",
DROP COLUMN "startsAt",
ADD COLUMN     "createdById" TEXT NOT NULL,
ADD COLUMN     "endDate" DATE NOT NULL,
ADD COLUMN     "startDate" DATE NOT NULL;

-- AlterTable
ALTER TABLE "supervision_report" DROP COLUMN "reviewNote",
ADD COLUMN     "pointsRaised" TEXT,
ALTER COLUMN "summary" DROP NOT NULL;

-- AlterTable
ALTER TABLE "finding" DROP COLUMN "category",
DROP COLUMN "requestsAction",
ADD COLUMN     "area" "SupervisionArea" NOT NULL,
ADD COLUMN     "kind" "FindingKind" NOT NULL DEFAULT 'FINDING',
ADD COLUMN     "severity" "FindingSeverity" NOT NULL DEFAULT 'MEDIUM';

-- AlterTable
ALTER TABLE "follow_up" ADD COLUMN     "area" "SupervisionArea",
ADD COLUMN     "escalatedToUnitId" TEXT,
ADD COLUMN     "source" "FollowUpSource" NOT NULL,
ALTER COLUMN "dueDate" SET NOT NULL;

-- AlterTable
ALTER TABLE "escalation" DROP COLUMN "description",
DROP COLUMN "title",
DROP COLUMN "updatedAt",
DROP COLUMN "version",
ADD COLUMN     "answer" "EscalationAnswer",
ADD COLUMN     "reason" TEXT NOT NULL,
ALTER COLUMN "followUpId" SET NOT NULL;

-- DropEnum
DROP TYPE "FindingCategory";

-- CreateTable
CREATE TABLE "visit_team_member" (
    "visitId" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "visit_team_member_pkey" PRIMARY KEY ("visitId","officialId")
);

-- CreateTable
CREATE TABLE "visit_area" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "area" "SupervisionArea" NOT NULL,
    "reportText" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "visit_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_item" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "result" "ChecklistResult" NOT NULL DEFAULT 'NOT_CHECKED',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "checklist_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_round" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "content" JSONB NOT NULL,
    "decision" "ReportStatus",
    "comments" JSONB,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "report_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "followUpId" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "visit_team_member_officialId_idx" ON "visit_team_member"("officialId");

-- CreateIndex
CREATE UNIQUE INDEX "visit_area_visitId_area_key" ON "visit_area"("visitId", "area");

-- CreateIndex
CREATE INDEX "checklist_item_areaId_sortOrder_idx" ON "checklist_item"("areaId", "sortOrder");

-- CreateIndex
CREATE INDEX "report_round_submittedById_idx" ON "report_round"("submittedById");

-- CreateIndex
CREATE INDEX "report_round_decidedById_idx" ON "report_round"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "report_round_reportId_number_key" ON "report_round"("reportId", "number");

-- CreateIndex
CREATE INDEX "notification_userId_readAt_createdAt_idx" ON "notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "notification_followUpId_idx" ON "notification"("followUpId");

-- CreateIndex
CREATE INDEX "supervision_visit_hostUnitId_startDate_idx" ON "supervision_visit"("hostUnitId", "startDate");

-- CreateIndex
CREATE INDEX "supervision_visit_visitorUnitId_startDate_idx" ON "supervision_visit"("visitorUnitId", "startDate");

-- CreateIndex
CREATE INDEX "supervision_visit_createdById_idx" ON "supervision_visit"("createdById");

-- CreateIndex
CREATE INDEX "supervision_visit_status_startDate_idx" ON "supervision_visit"("status", "startDate");

-- CreateIndex
CREATE INDEX "follow_up_escalatedToUnitId_status_idx" ON "follow_up"("escalatedToUnitId", "status");

-- AddForeignKey
ALTER TABLE "supervision_visit" ADD CONSTRAINT "supervision_visit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_team_member" ADD CONSTRAINT "visit_team_member_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "supervision_visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_team_member" ADD CONSTRAINT "visit_team_member_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_area" ADD CONSTRAINT "visit_area_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "supervision_visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "visit_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_round" ADD CONSTRAINT "report_round_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "supervision_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_round" ADD CONSTRAINT "report_round_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_round" ADD CONSTRAINT "report_round_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_escalatedToUnitId_fkey" FOREIGN KEY ("escalatedToUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "follow_up"("id") ON DELETE CASCADE ON UPDATE CASCADE;
