-- Items jobs claim their key in the transaction that applies them (server/data/processedJobs.ts),
-- and the hourly retention run deletes attachments whose event never arrived, by createdAt.

-- CreateTable
CREATE TABLE "ProcessedJob" (
    "key" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedJob_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ProcessedJob_processedAt_idx" ON "ProcessedJob"("processedAt");

-- CreateIndex
CREATE INDEX "EventAttachment_createdAt_idx" ON "EventAttachment"("createdAt");
