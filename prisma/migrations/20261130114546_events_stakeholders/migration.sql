-- DropForeignKey
ALTER TABLE "event_outcome" DROP CONSTRAINT "event_outcome_eventId_fkey";

-- DropIndex
DROP INDEX "stakeholder_organisation_unitId_name_key";

-- AlterTable
ALTER TABLE "follow_up" ADD COLUMN     "outcomeId" TEXT;

-- AlterTable
ALTER TABLE "stakeholder_organisation" DROP COLUMN "contactName",
ADD COLUMN     "nameKey" TEXT NOT NULL,
ADD COLUMN     "regionUnitId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "event_invitation" ADD COLUMN     "contactId" TEXT,
ADD COLUMN     "sessionId" TEXT,
ADD COLUMN     "unitId" TEXT,
ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "event_outcome" ADD COLUMN     "cascade" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "stakeholder_contact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stakeholder_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "eventId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("eventId","unitId")
);

-- CreateTable
CREATE TABLE "event_session" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "room" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "event_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_minutes" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "finalizedAt" TIMESTAMPTZ(3),
    "finalizedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_minutes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stakeholder_contact_organisationId_idx" ON "stakeholder_contact"("organisationId");

-- CreateIndex
CREATE INDEX "event_participant_unitId_idx" ON "event_participant"("unitId");

-- CreateIndex
CREATE INDEX "event_session_eventId_sortOrder_idx" ON "event_session"("eventId", "sortOrder");

-- CreateIndex
CREATE INDEX "event_minutes_finalizedById_idx" ON "event_minutes"("finalizedById");

-- CreateIndex
CREATE UNIQUE INDEX "event_minutes_eventId_revision_key" ON "event_minutes"("eventId", "revision");

-- CreateIndex
CREATE INDEX "follow_up_outcomeId_unitId_idx" ON "follow_up"("outcomeId", "unitId");

-- CreateIndex
CREATE INDEX "stakeholder_organisation_unitId_name_idx" ON "stakeholder_organisation"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "stakeholder_organisation_regionUnitId_nameKey_key" ON "stakeholder_organisation"("regionUnitId", "nameKey");

-- CreateIndex
CREATE INDEX "event_invitation_contactId_idx" ON "event_invitation"("contactId");

-- CreateIndex
CREATE INDEX "event_invitation_unitId_idx" ON "event_invitation"("unitId");

-- CreateIndex
CREATE INDEX "event_invitation_sessionId_idx" ON "event_invitation"("sessionId");

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "event_outcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stakeholder_organisation" ADD CONSTRAINT "stakeholder_organisation_regionUnitId_fkey" FOREIGN KEY ("regionUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stakeholder_contact" ADD CONSTRAINT "stakeholder_contact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "stakeholder_organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_session" ADD CONSTRAINT "event_session_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "stakeholder_contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "event_session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_outcome" ADD CONSTRAINT "event_outcome_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_minutes" ADD CONSTRAINT "event_minutes_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_minutes" ADD CONSTRAINT "event_minutes_finalizedById_fkey" FOREIGN KEY ("finalizedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
