-- AlterEnum
ALTER TYPE "OfficialChangeKind" ADD VALUE 'STATUS';
