-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3');

-- AlterTable
ALTER TABLE "official" ADD COLUMN     "educationLevel" "EducationLevel",
ADD COLUMN     "educationMajor" TEXT,
ADD COLUMN     "rankStartDate" DATE,
ADD COLUMN     "serviceAsOf" DATE,
ADD COLUMN     "serviceMonths" INTEGER,
ADD COLUMN     "serviceYears" INTEGER;
