-- CreateEnum
CREATE TYPE "Religion" AS ENUM ('ISLAM', 'PROTESTANT', 'CATHOLIC', 'HINDU', 'BUDDHIST', 'CONFUCIAN');

-- CreateEnum
CREATE TYPE "ActingKind" AS ENUM ('PLT', 'PLH');

-- CreateEnum
CREATE TYPE "OathKind" AS ENUM ('SUMPAH', 'JANJI');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'FINAL');

-- AlterEnum
ALTER TYPE "ProposalStatus" ADD VALUE 'RETURNED';

-- DropIndex
DROP INDEX "inauguration_appointee_proposalId_key";

-- DropIndex
DROP INDEX "inauguration_appointee_inaugurationId_idx";

-- AlterTable
ALTER TABLE "official" ADD COLUMN     "religion" "Religion";

-- AlterTable
ALTER TABLE "appointment_proposal" DROP COLUMN "decreeDate",
DROP COLUMN "decreeNumber",
ADD COLUMN     "currentStep" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "decidedAsActing" "ActingKind",
ADD COLUMN     "deciderLevels" "UnitLevel"[],
ADD COLUMN     "decreeId" TEXT;

-- AlterTable
ALTER TABLE "inauguration" DROP COLUMN "minutesNumber",
ADD COLUMN     "clergy" TEXT,
ADD COLUMN     "officiantTitle" TEXT,
ADD COLUMN     "witnessOne" TEXT,
ADD COLUMN     "witnessTwo" TEXT;

-- AlterTable
ALTER TABLE "inauguration_appointee" DROP COLUMN "oathTaken",
ADD COLUMN     "oath" "OathKind";

-- CreateTable
CREATE TABLE "appointment_level_rule" (
    "positionLevel" "PositionLevel" NOT NULL,
    "deciderLevels" "UnitLevel"[],
    "minimumRank" "Rank",
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_level_rule_pkey" PRIMARY KEY ("positionLevel")
);

-- CreateTable
CREATE TABLE "acting_designation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ActingKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "designatedById" TEXT NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "acting_designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decree" (
    "id" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "archiveReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decree_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inauguration_minutes" (
    "id" TEXT NOT NULL,
    "inaugurationId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "notes" TEXT,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB,
    "finalizedAt" TIMESTAMPTZ(3),
    "finalizedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inauguration_minutes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "acting_designation_unitId_startDate_idx" ON "acting_designation"("unitId", "startDate");

-- CreateIndex
CREATE INDEX "acting_designation_userId_startDate_idx" ON "acting_designation"("userId", "startDate");

-- CreateIndex
CREATE INDEX "acting_designation_designatedById_idx" ON "acting_designation"("designatedById");

-- CreateIndex
CREATE UNIQUE INDEX "decree_issuingUnitId_number_key" ON "decree"("issuingUnitId", "number");

-- CreateIndex
CREATE INDEX "inauguration_minutes_finalizedById_idx" ON "inauguration_minutes"("finalizedById");

-- CreateIndex
CREATE UNIQUE INDEX "inauguration_minutes_inaugurationId_revision_key" ON "inauguration_minutes"("inaugurationId", "revision");

-- CreateIndex
CREATE INDEX "appointment_proposal_decreeId_idx" ON "appointment_proposal"("decreeId");

-- CreateIndex
CREATE INDEX "inauguration_appointee_proposalId_idx" ON "inauguration_appointee"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "inauguration_appointee_inaugurationId_proposalId_key" ON "inauguration_appointee"("inaugurationId", "proposalId");

-- AddForeignKey
ALTER TABLE "acting_designation" ADD CONSTRAINT "acting_designation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acting_designation" ADD CONSTRAINT "acting_designation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acting_designation" ADD CONSTRAINT "acting_designation_designatedById_fkey" FOREIGN KEY ("designatedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decree" ADD CONSTRAINT "decree_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_decreeId_fkey" FOREIGN KEY ("decreeId") REFERENCES "decree"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inauguration_minutes" ADD CONSTRAINT "inauguration_minutes_inaugurationId_fkey" FOREIGN KEY ("inaugurationId") REFERENCES "inauguration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inauguration_minutes" ADD CONSTRAINT "inauguration_minutes_finalizedById_fkey" FOREIGN KEY ("finalizedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
