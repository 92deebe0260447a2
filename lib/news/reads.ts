/**
 * Pembaca: counts people, not page loads. Each person's first opening of a published item inserts one row
 * (news_read, keyed by item and user); later ones and concurrent ones do nothing, so the count is right under any
 * number of simultaneous reads without a lock. Reading is not a change of the record: it is not audited.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** Records that `userId` read the item and returns how many people have read it. */
export async function recordRead(db: Db, newsId: string, userId: string): Promise<number> {
  await db.$executeRaw`
    INSERT INTO news_read ("newsId", "userId") VALUES (${newsId}, ${userId})
    ON CONFLICT ("newsId", "userId") DO NOTHING`;
  return db.newsRead.count({ where: { newsId } });
}
