-- CreateEnum
CREATE TYPE "OnboardingImportStatus" AS ENUM ('QUEUED', 'STAGING', 'APPLYING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "OnboardingRowOutcome" AS ENUM ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED');

-- CreateTable
CREATE TABLE "OnboardingImport" (
    "id" UUID NOT NULL,
    "uploadedById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "csv" TEXT,
    "status" "OnboardingImportStatus" NOT NULL DEFAULT 'QUEUED',
    "totalRows" INTEGER,
    "stagedRows" INTEGER NOT NULL DEFAULT 0,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "resumed" INTEGER NOT NULL DEFAULT 0,
    "claimToken" UUID,
    "heartbeatAt" TIMESTAMP(3),
    "sendInvitations" BOOLEAN NOT NULL DEFAULT false,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "OnboardingImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingImportRow" (
    "importId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "cells" JSONB NOT NULL,
    "outcome" "OnboardingRowOutcome",
    "reasons" TEXT[],
    "userId" UUID,
    "sealedPassword" TEXT,

    CONSTRAINT "OnboardingImportRow_pkey" PRIMARY KEY ("importId","rowNumber")
);

-- CreateIndex
CREATE INDEX "OnboardingImport_uploadedById_createdAt_idx" ON "OnboardingImport"("uploadedById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OnboardingImport_status_idx" ON "OnboardingImport"("status");

-- CreateIndex
CREATE INDEX "OnboardingImportRow_importId_email_rowNumber_idx" ON "OnboardingImportRow"("importId", "email", "rowNumber");

-- CreateIndex
CREATE INDEX "OnboardingImportRow_importId_outcome_rowNumber_idx" ON "OnboardingImportRow"("importId", "outcome", "rowNumber");

-- AddForeignKey
ALTER TABLE "OnboardingImport" ADD CONSTRAINT "OnboardingImport_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingImportRow" ADD CONSTRAINT "OnboardingImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OnboardingImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
