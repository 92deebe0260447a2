-- pg_trgm (trusted since PostgreSQL 13, so the owning role may create it; PGlite loads it at start, lib/db/embedded.ts)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "official_sortName_trgm_idx" ON "official" USING GIN ("sortName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "official_nip_trgm_idx" ON "official" USING GIN ("nip" gin_trgm_ops);
