-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'REGENCY_CITY');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('BAGIAN', 'SUB_BAGIAN');

-- CreateEnum
CREATE TYPE "PositionKind" AS ENUM ('STRUCTURAL', 'FUNCTIONAL', 'EXECUTOR', 'SUPPORT');

-- CreateEnum
CREATE TYPE "PositionLevel" AS ENUM ('HIGH_LEADERSHIP', 'ADMINISTRATOR', 'SUPERVISOR', 'FUNCTIONAL', 'EXECUTOR', 'SUPPORT');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('PNS', 'PPPK', 'NON_ASN');

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('I_A', 'I_B', 'I_C', 'I_D', 'II_A', 'II_B', 'II_C', 'II_D', 'III_A', 'III_B', 'III_C', 'III_D', 'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E', 'PPPK_I', 'PPPK_II', 'PPPK_III', 'PPPK_IV', 'PPPK_V', 'PPPK_VI', 'PPPK_VII', 'PPPK_VIII', 'PPPK_IX', 'PPPK_X', 'PPPK_XI', 'PPPK_XII', 'PPPK_XIII', 'PPPK_XIV', 'PPPK_XV', 'PPPK_XVI', 'PPPK_XVII');

-- CreateEnum
CREATE TYPE "OfficialStatus" AS ENUM ('ACTIVE', 'ON_LEAVE', 'TRANSFERRED_OUT', 'RETIRED', 'DECEASED', 'INACTIVE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMINISTRATOR', 'SECRETARY', 'STAFF', 'VIEWER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'INAUGURATED');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('ONSITE', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "InaugurationStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('EXPECTED', 'PRESENT_ONSITE', 'PRESENT_ONLINE', 'ABSENT');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'CONDUCTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "FindingCategory" AS ENUM ('STAFFING', 'CAPACITY', 'SHARED_VISION', 'STAKEHOLDER_COORDINATION', 'VIOLATION_PREVENTION', 'SERVICE_QUALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "StakeholderCategory" AS ENUM ('ELECTION_BODY', 'REGIONAL_GOVERNMENT', 'FORKOPIMDA', 'ELECTION_PARTICIPANT', 'LAW_ENFORCEMENT', 'COMMUNITY', 'UNIVERSITY', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('STAKEHOLDER_DAY', 'SOCIALISATION', 'COORDINATION_MEETING', 'TECHNICAL_GUIDANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('DECISION', 'DRAFT_DECISION', 'AGREEMENT', 'NOTE');

-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "work_unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Makassar',
    "address" TEXT,
    "supportStaffQuota" INTEGER NOT NULL DEFAULT 0,
    "deactivatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "work_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "section" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT NOT NULL,
    "kind" "SectionKind" NOT NULL,
    "staffQuota" INTEGER NOT NULL DEFAULT 0,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "sectionId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "PositionKind" NOT NULL,
    "level" "PositionLevel" NOT NULL,
    "quota" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "abolishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "official" (
    "id" TEXT NOT NULL,
    "nip" TEXT,
    "name" TEXT NOT NULL,
    "sortName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE,
    "birthPlace" TEXT,
    "employmentType" "EmploymentType" NOT NULL,
    "rank" "Rank",
    "status" "OfficialStatus" NOT NULL DEFAULT 'ACTIVE',
    "unitId" TEXT NOT NULL,
    "sectionId" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "decreeNumber" TEXT,
    "decreeDate" DATE,
    "inaugurationId" TEXT,
    "endReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "officialId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment_proposal" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "justification" TEXT,
    "proposedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "decreeNumber" TEXT,
    "decreeDate" DATE,
    "inaugurationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inauguration" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "mode" "MeetingMode" NOT NULL DEFAULT 'ONSITE',
    "onlineUrl" TEXT,
    "officiantName" TEXT,
    "status" "InaugurationStatus" NOT NULL DEFAULT 'PLANNED',
    "heldAt" TIMESTAMPTZ(3),
    "minutesNumber" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inauguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inauguration_appointee" (
    "id" TEXT NOT NULL,
    "inaugurationId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "attendance" "AttendanceStatus" NOT NULL DEFAULT 'EXPECTED',
    "oathTaken" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "inauguration_appointee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_visit" (
    "id" TEXT NOT NULL,
    "hostUnitId" TEXT NOT NULL,
    "visitorUnitId" TEXT NOT NULL,
    "leadOfficialId" TEXT,
    "title" TEXT NOT NULL,
    "purpose" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "location" TEXT,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_report" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "staffingSnapshot" JSONB,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "category" "FindingCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "recommendation" TEXT,
    "requestsAction" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "findingId" TEXT,
    "eventId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerOfficialId" TEXT,
    "dueDate" DATE,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "evidenceNote" TEXT,
    "completedAt" TIMESTAMPTZ(3),
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation" (
    "id" TEXT NOT NULL,
    "originUnitId" TEXT NOT NULL,
    "holderUnitId" TEXT NOT NULL,
    "followUpId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "EscalationStatus" NOT NULL DEFAULT 'OPEN',
    "raisedById" TEXT NOT NULL,
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stakeholder_organisation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "StakeholderCategory" NOT NULL,
    "contactName" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stakeholder_organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "mode" "MeetingMode" NOT NULL DEFAULT 'ONSITE',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "location" TEXT,
    "onlineUrl" TEXT,
    "agenda" TEXT,
    "attendanceRequired" BOOLEAN NOT NULL DEFAULT false,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_invitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT,
    "officialId" TEXT,
    "inviteeName" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'INVITED',
    "attendance" "AttendanceStatus" NOT NULL DEFAULT 'EXPECTED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_outcome" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "event_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "news_item" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "status" "NewsStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "unitId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "work_unit_code_key" ON "work_unit"("code");

-- CreateIndex
CREATE INDEX "work_unit_parentId_idx" ON "work_unit"("parentId");

-- CreateIndex
CREATE INDEX "work_unit_level_name_idx" ON "work_unit"("level", "name");

-- CreateIndex
CREATE INDEX "section_parentId_idx" ON "section"("parentId");

-- CreateIndex
CREATE INDEX "section_unitId_sortOrder_idx" ON "section"("unitId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "section_unitId_name_key" ON "section"("unitId", "name");

-- CreateIndex
CREATE INDEX "position_unitId_kind_idx" ON "position"("unitId", "kind");

-- CreateIndex
CREATE INDEX "position_sectionId_idx" ON "position"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "official_nip_key" ON "official"("nip");

-- CreateIndex
CREATE INDEX "official_unitId_status_sortName_idx" ON "official"("unitId", "status", "sortName");

-- CreateIndex
CREATE INDEX "official_sectionId_idx" ON "official"("sectionId");

-- CreateIndex
CREATE INDEX "official_sortName_idx" ON "official"("sortName");

-- CreateIndex
CREATE INDEX "official_rank_idx" ON "official"("rank");

-- CreateIndex
CREATE INDEX "official_employmentType_idx" ON "official"("employmentType");

-- CreateIndex
CREATE INDEX "assignment_officialId_startDate_idx" ON "assignment"("officialId", "startDate");

-- CreateIndex
CREATE INDEX "assignment_positionId_endDate_idx" ON "assignment"("positionId", "endDate");

-- CreateIndex
CREATE INDEX "assignment_unitId_endDate_idx" ON "assignment"("unitId", "endDate");

-- CreateIndex
CREATE INDEX "assignment_inaugurationId_idx" ON "assignment"("inaugurationId");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_officialId_key" ON "app_user"("officialId");

-- CreateIndex
CREATE INDEX "app_user_unitId_idx" ON "app_user"("unitId");

-- CreateIndex
CREATE INDEX "appointment_proposal_unitId_status_createdAt_idx" ON "appointment_proposal"("unitId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "appointment_proposal_status_submittedAt_idx" ON "appointment_proposal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "appointment_proposal_officialId_idx" ON "appointment_proposal"("officialId");

-- CreateIndex
CREATE INDEX "appointment_proposal_positionId_idx" ON "appointment_proposal"("positionId");

-- CreateIndex
CREATE INDEX "appointment_proposal_proposedById_idx" ON "appointment_proposal"("proposedById");

-- CreateIndex
CREATE INDEX "appointment_proposal_decidedById_idx" ON "appointment_proposal"("decidedById");

-- CreateIndex
CREATE INDEX "appointment_proposal_inaugurationId_idx" ON "appointment_proposal"("inaugurationId");

-- CreateIndex
CREATE INDEX "inauguration_unitId_scheduledAt_idx" ON "inauguration"("unitId", "scheduledAt");

-- CreateIndex
CREATE INDEX "inauguration_status_scheduledAt_idx" ON "inauguration"("status", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "inauguration_appointee_proposalId_key" ON "inauguration_appointee"("proposalId");

-- CreateIndex
CREATE INDEX "inauguration_appointee_inaugurationId_idx" ON "inauguration_appointee"("inaugurationId");

-- CreateIndex
CREATE INDEX "supervision_visit_hostUnitId_startsAt_idx" ON "supervision_visit"("hostUnitId", "startsAt");

-- CreateIndex
CREATE INDEX "supervision_visit_visitorUnitId_startsAt_idx" ON "supervision_visit"("visitorUnitId", "startsAt");

-- CreateIndex
CREATE INDEX "supervision_visit_leadOfficialId_idx" ON "supervision_visit"("leadOfficialId");

-- CreateIndex
CREATE INDEX "supervision_visit_status_startsAt_idx" ON "supervision_visit"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_report_visitId_key" ON "supervision_report"("visitId");

-- CreateIndex
CREATE INDEX "supervision_report_unitId_status_idx" ON "supervision_report"("unitId", "status");

-- CreateIndex
CREATE INDEX "supervision_report_authorId_idx" ON "supervision_report"("authorId");

-- CreateIndex
CREATE INDEX "supervision_report_reviewedById_idx" ON "supervision_report"("reviewedById");

-- CreateIndex
CREATE INDEX "finding_reportId_sortOrder_idx" ON "finding"("reportId", "sortOrder");

-- CreateIndex
CREATE INDEX "follow_up_unitId_status_dueDate_idx" ON "follow_up"("unitId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "follow_up_status_dueDate_idx" ON "follow_up"("status", "dueDate");

-- CreateIndex
CREATE INDEX "follow_up_findingId_idx" ON "follow_up"("findingId");

-- CreateIndex
CREATE INDEX "follow_up_eventId_idx" ON "follow_up"("eventId");

-- CreateIndex
CREATE INDEX "follow_up_ownerOfficialId_idx" ON "follow_up"("ownerOfficialId");

-- CreateIndex
CREATE INDEX "follow_up_verifiedById_idx" ON "follow_up"("verifiedById");

-- CreateIndex
CREATE INDEX "escalation_originUnitId_idx" ON "escalation"("originUnitId");

-- CreateIndex
CREATE INDEX "escalation_holderUnitId_status_idx" ON "escalation"("holderUnitId", "status");

-- CreateIndex
CREATE INDEX "escalation_followUpId_idx" ON "escalation"("followUpId");

-- CreateIndex
CREATE INDEX "escalation_raisedById_idx" ON "escalation"("raisedById");

-- CreateIndex
CREATE INDEX "escalation_resolvedById_idx" ON "escalation"("resolvedById");

-- CreateIndex
CREATE INDEX "stakeholder_organisation_category_idx" ON "stakeholder_organisation"("category");

-- CreateIndex
CREATE UNIQUE INDEX "stakeholder_organisation_unitId_name_key" ON "stakeholder_organisation"("unitId", "name");

-- CreateIndex
CREATE INDEX "event_unitId_startsAt_idx" ON "event"("unitId", "startsAt");

-- CreateIndex
CREATE INDEX "event_status_startsAt_idx" ON "event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "event_invitation_eventId_idx" ON "event_invitation"("eventId");

-- CreateIndex
CREATE INDEX "event_invitation_organisationId_idx" ON "event_invitation"("organisationId");

-- CreateIndex
CREATE INDEX "event_invitation_officialId_idx" ON "event_invitation"("officialId");

-- CreateIndex
CREATE INDEX "event_outcome_eventId_sortOrder_idx" ON "event_outcome"("eventId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "news_item_slug_key" ON "news_item"("slug");

-- CreateIndex
CREATE INDEX "news_item_unitId_status_publishedAt_idx" ON "news_item"("unitId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "news_item_authorId_idx" ON "news_item"("authorId");

-- CreateIndex
CREATE INDEX "attachment_entityType_entityId_idx" ON "attachment"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "attachment_unitId_idx" ON "attachment"("unitId");

-- CreateIndex
CREATE INDEX "attachment_uploadedById_idx" ON "attachment"("uploadedById");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_actorId_at_idx" ON "audit_log"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_log_unitId_at_idx" ON "audit_log"("unitId", "at");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_at_idx" ON "audit_log"("entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "work_unit" ADD CONSTRAINT "work_unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "section" ADD CONSTRAINT "section_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "section" ADD CONSTRAINT "section_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official" ADD CONSTRAINT "official_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official" ADD CONSTRAINT "official_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_inaugurationId_fkey" FOREIGN KEY ("inaugurationId") REFERENCES "inauguration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_proposal" ADD CONSTRAINT "appointment_proposal_inaugurationId_fkey" FOREIGN KEY ("inaugurationId") REFERENCES "inauguration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inauguration" ADD CONSTRAINT "inauguration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inauguration_appointee" ADD CONSTRAINT "inauguration_appointee_inaugurationId_fkey" FOREIGN KEY ("inaugurationId") REFERENCES "inauguration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inauguration_appointee" ADD CONSTRAINT "inauguration_appointee_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "appointment_proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visit" ADD CONSTRAINT "supervision_visit_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visit" ADD CONSTRAINT "supervision_visit_visitorUnitId_fkey" FOREIGN KEY ("visitorUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visit" ADD CONSTRAINT "supervision_visit_leadOfficialId_fkey" FOREIGN KEY ("leadOfficialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_report" ADD CONSTRAINT "supervision_report_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "supervision_visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_report" ADD CONSTRAINT "supervision_report_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_report" ADD CONSTRAINT "supervision_report_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "supervision_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_ownerOfficialId_fkey" FOREIGN KEY ("ownerOfficialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_originUnitId_fkey" FOREIGN KEY ("originUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_holderUnitId_fkey" FOREIGN KEY ("holderUnitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "follow_up"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stakeholder_organisation" ADD CONSTRAINT "stakeholder_organisation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "stakeholder_organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invitation" ADD CONSTRAINT "event_invitation_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_outcome" ADD CONSTRAINT "event_outcome_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
