-- CreateEnum
CREATE TYPE "NewsSourceKind" AS ENUM ('INAUGURATION', 'VISIT', 'EVENT');

-- AlterEnum (no BEGIN/COMMIT of its own: the runner applies each migration in one transaction)
CREATE TYPE "NewsStatus_new" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED');
ALTER TABLE "news_item" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "news_item" ALTER COLUMN "status" TYPE "NewsStatus_new" USING ("status"::text::"NewsStatus_new");
ALTER TYPE "NewsStatus" RENAME TO "NewsStatus_old";
ALTER TYPE "NewsStatus_new" RENAME TO "NewsStatus";
DROP TYPE "NewsStatus_old";
ALTER TABLE "news_item" ALTER COLUMN "status" SET DEFAULT 'DRAFT';

-- DropIndex
DROP INDEX "news_item_slug_key";

-- AlterTable
ALTER TABLE "news_item" DROP COLUMN "slug",
DROP COLUMN "summary",
DROP COLUMN "viewCount",
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "sourceId" TEXT NOT NULL,
ADD COLUMN     "sourceKind" "NewsSourceKind" NOT NULL,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "news_photo" (
    "newsId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "news_photo_pkey" PRIMARY KEY ("newsId","attachmentId")
);

-- CreateTable
CREATE TABLE "news_read" (
    "newsId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_read_pkey" PRIMARY KEY ("newsId","userId")
);

-- CreateIndex
CREATE INDEX "news_photo_attachmentId_idx" ON "news_photo"("attachmentId");

-- CreateIndex
CREATE INDEX "news_read_userId_idx" ON "news_read"("userId");

-- CreateIndex
CREATE INDEX "news_item_sourceKind_sourceId_idx" ON "news_item"("sourceKind", "sourceId");

-- CreateIndex
CREATE INDEX "news_item_publishedById_idx" ON "news_item"("publishedById");

-- AddForeignKey
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_photo" ADD CONSTRAINT "news_photo_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_photo" ADD CONSTRAINT "news_photo_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
