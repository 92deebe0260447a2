-- CreateTable
CREATE TABLE "import_column_mapping" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_column_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_column_mapping_unitId_idx" ON "import_column_mapping"("unitId");

-- AddForeignKey
ALTER TABLE "import_column_mapping" ADD CONSTRAINT "import_column_mapping_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "work_unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
