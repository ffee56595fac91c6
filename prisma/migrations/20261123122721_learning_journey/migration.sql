-- AlterTable
ALTER TABLE "User" ADD COLUMN     "karmaPoints" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "enrolmentCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "lastHeartbeatAt" TIMESTAMP(3),
ADD COLUMN     "visitedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "KarmaAward" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "sourceType" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "awardedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KarmaAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningTimeDaily" (
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "seconds" INTEGER NOT NULL DEFAULT 0,
    "competencyLinkedSeconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearningTimeDaily_pkey" PRIMARY KEY ("userId","day")
);

-- CreateTable
CREATE TABLE "IntegrityFlag" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "IntegrityFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KarmaAward_awardedAt_idx" ON "KarmaAward"("awardedAt");

-- CreateIndex
CREATE UNIQUE INDEX "KarmaAward_userId_rule_sourceId_key" ON "KarmaAward"("userId", "rule", "sourceId");

-- CreateIndex
CREATE INDEX "LearningTimeDaily_day_idx" ON "LearningTimeDaily"("day");

-- CreateIndex
CREATE INDEX "IntegrityFlag_userId_createdAt_idx" ON "IntegrityFlag"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "IntegrityFlag_lessonId_idx" ON "IntegrityFlag"("lessonId");

-- CreateIndex
CREATE INDEX "IntegrityFlag_resolvedAt_createdAt_idx" ON "IntegrityFlag"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "User_organisationId_karmaPoints_idx" ON "User"("organisationId", "karmaPoints" DESC);

-- CreateIndex
CREATE INDEX "Course_status_durationMinutes_idx" ON "Course"("status", "durationMinutes");

-- AddForeignKey
ALTER TABLE "KarmaAward" ADD CONSTRAINT "KarmaAward_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTimeDaily" ADD CONSTRAINT "LearningTimeDaily_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityFlag" ADD CONSTRAINT "IntegrityFlag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityFlag" ADD CONSTRAINT "IntegrityFlag_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───── Hand-written: catalogue search ─────

-- Trigram matching makes search forgiving of typos ("procurment").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full-text vector kept by PostgreSQL itself from searchText (English stemming; Hindi words stay
-- as they are typed).
ALTER TABLE "Course" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', "searchText")) STORED;
CREATE INDEX "Course_searchVector_idx" ON "Course" USING GIN ("searchVector");
CREATE INDEX "Course_searchText_trgm_idx" ON "Course" USING GIN ("searchText" gin_trgm_ops);

ALTER TABLE "LearningTimeDaily" ADD CONSTRAINT "LearningTimeDaily_seconds_valid"
  CHECK ("seconds" >= 0 AND "competencyLinkedSeconds" >= 0 AND "competencyLinkedSeconds" <= "seconds");

-- Existing courses: title, Hindi title, summary, provider and competency names.
UPDATE "Course" c SET "searchText" = concat_ws(' ',
  c."title", c."titleHi", c."summary",
  (SELECT p."name" FROM "Provider" p WHERE p."id" = c."providerId"),
  (SELECT string_agg(k."name", ' ') FROM "CourseCompetency" cc JOIN "Competency" k ON k."id" = cc."competencyId" WHERE cc."courseId" = c."id"));
UPDATE "Course" c SET "enrolmentCount" = (SELECT count(*) FROM "Enrolment" e WHERE e."courseId" = c."id" AND e."status" <> 'WITHDRAWN');
