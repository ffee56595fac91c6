-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PlanStatus" ADD VALUE 'APPROVED';
ALTER TYPE "PlanStatus" ADD VALUE 'SUPERSEDED';

-- DropIndex
DROP INDEX "CapacityBuildingPlan_organisationId_year_key";

-- AlterTable
ALTER TABLE "CapacityBuildingPlan" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" UUID,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "countsForApar" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "officialId" UUID,
ADD COLUMN     "programmeId" UUID,
ADD COLUMN     "serviceGroup" "ServiceGroup",
ALTER COLUMN "courseId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PlanAssignment" (
    "planId" UUID NOT NULL,
    "planItemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "countsForApar" BOOLEAN NOT NULL,

    CONSTRAINT "PlanAssignment_pkey" PRIMARY KEY ("planItemId","userId","courseId")
);

-- CreateIndex
CREATE INDEX "PlanAssignment_planId_courseId_userId_idx" ON "PlanAssignment"("planId", "courseId", "userId");

-- CreateIndex
CREATE INDEX "PlanAssignment_planId_userId_idx" ON "PlanAssignment"("planId", "userId");

-- CreateIndex
CREATE INDEX "PlanAssignment_userId_idx" ON "PlanAssignment"("userId");

-- CreateIndex
CREATE INDEX "PlanAssignment_courseId_idx" ON "PlanAssignment"("courseId");

-- CreateIndex
CREATE INDEX "CapacityBuildingPlan_approvedById_idx" ON "CapacityBuildingPlan"("approvedById");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityBuildingPlan_organisationId_year_version_key" ON "CapacityBuildingPlan"("organisationId", "year", "version");

-- CreateIndex
CREATE INDEX "PlanItem_programmeId_idx" ON "PlanItem"("programmeId");

-- CreateIndex
CREATE INDEX "PlanItem_officialId_idx" ON "PlanItem"("officialId");

-- AddForeignKey
ALTER TABLE "CapacityBuildingPlan" ADD CONSTRAINT "CapacityBuildingPlan_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAssignment" ADD CONSTRAINT "PlanAssignment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CapacityBuildingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAssignment" ADD CONSTRAINT "PlanAssignment_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAssignment" ADD CONSTRAINT "PlanAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAssignment" ADD CONSTRAINT "PlanAssignment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An item assigns exactly one thing: a course or a programme.
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_course_or_programme"
  CHECK (("courseId" IS NULL) <> ("programmeId" IS NULL));

-- One version in force per organisation and year. (At most one open version follows from the
-- rule that a new version opens only above a published latest one, with versions unique.)
CREATE UNIQUE INDEX "CapacityBuildingPlan_one_published" ON "CapacityBuildingPlan"("organisationId", "year")
  WHERE "status" = 'PUBLISHED';

UPDATE "CapacityBuildingPlan" SET "publishedAt" = "updatedAt", "approvedAt" = "updatedAt", "approvedById" = "createdById"
  WHERE "status" = 'PUBLISHED';

-- Plans published before assignments were recorded: what they assigned is what their enrolments say.
INSERT INTO "PlanAssignment" ("planId", "planItemId", "userId", "courseId", "dueAt", "countsForApar")
SELECT i."planId", i."id", e."userId", i."courseId", i."dueAt", i."countsForApar"
  FROM "Enrolment" e
  JOIN "PlanItem" i ON i."id" = e."planItemId"
  JOIN "CapacityBuildingPlan" p ON p."id" = i."planId"
 WHERE p."status" = 'PUBLISHED' AND i."courseId" IS NOT NULL
ON CONFLICT DO NOTHING;
