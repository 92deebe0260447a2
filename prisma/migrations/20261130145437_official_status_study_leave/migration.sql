-- AlterEnum
ALTER TYPE "OfficialStatus" ADD VALUE 'STUDY_LEAVE';
