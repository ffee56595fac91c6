-- CreateEnum
CREATE TYPE "AssessmentDraw" AS ENUM ('FIXED', 'RANDOM');

-- CreateEnum
CREATE TYPE "ReviewStage" AS ENUM ('SUBJECT_EXPERT', 'MDO_APPROVAL');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('VIDEO', 'PDF', 'IMAGE');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ContentRequestStatus" AS ENUM ('OPEN', 'ACCEPTED', 'FULFILLED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CONTENT_REVIEWER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CourseStatus" ADD VALUE 'CHANGES_REQUESTED';
ALTER TYPE "CourseStatus" ADD VALUE 'APPROVED';

-- AlterEnum
ALTER TYPE "EnrolmentSource" ADD VALUE 'PROGRAMME';

-- DropForeignKey
ALTER TABLE "Lesson" DROP CONSTRAINT "Lesson_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "Question" DROP CONSTRAINT "Question_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "Question" DROP CONSTRAINT "Question_competencyId_fkey";

-- DropForeignKey
ALTER TABLE "AssessmentAttempt" DROP CONSTRAINT "AssessmentAttempt_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "AttemptAnswer" DROP CONSTRAINT "AttemptAnswer_questionId_fkey";

-- DropForeignKey
ALTER TABLE "LessonProgress" DROP CONSTRAINT "LessonProgress_lessonId_fkey";

-- DropForeignKey
ALTER TABLE "IntegrityFlag" DROP CONSTRAINT "IntegrityFlag_lessonId_fkey";

-- DropIndex
DROP INDEX "CourseModule_courseId_position_key";

-- DropIndex
DROP INDEX "Lesson_moduleId_position_key";

-- DropIndex
DROP INDEX "Question_competencyId_idx";

-- DropIndex
DROP INDEX "Question_assessmentId_position_key";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "reviewStages" SMALLINT;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "organisationId" UUID,
ADD COLUMN     "thumbnailId" UUID;

-- AlterTable
ALTER TABLE "CourseModule" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "addedInVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "changedInVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "mediaId" UUID;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "drawCompetencyId" UUID,
ADD COLUMN     "drawCount" INTEGER,
ADD COLUMN     "drawLevel" SMALLINT,
ADD COLUMN     "drawMode" "AssessmentDraw" NOT NULL DEFAULT 'FIXED';

-- Questions move from one assessment into their course's question bank; each assessment keeps
-- its questions, in order, as a FIXED list, and each question takes the level its course
-- imparts for the competency it is tagged with.
ALTER TABLE "Question" ADD COLUMN "archivedAt" TIMESTAMP(3),
ADD COLUMN     "courseId" UUID,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "level" SMALLINT,
ADD COLUMN     "replacesId" UUID,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "Question" q SET "courseId" = a."courseId" FROM "Assessment" a WHERE a."id" = q."assessmentId";
UPDATE "Question" q SET "level" = cc."level"
  FROM "CourseCompetency" cc WHERE cc."courseId" = q."courseId" AND cc."competencyId" = q."competencyId";

-- CreateTable
CREATE TABLE "AssessmentQuestion" (
    "assessmentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AssessmentQuestion_pkey" PRIMARY KEY ("assessmentId","questionId")
);

INSERT INTO "AssessmentQuestion" ("assessmentId", "questionId", "position")
  SELECT "assessmentId", "id", "position" FROM "Question";

ALTER TABLE "Question" DROP COLUMN "assessmentId",
DROP COLUMN "position",
ALTER COLUMN "courseId" SET NOT NULL,
ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "seenVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "courseVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CourseRating" ADD COLUMN     "repliedAt" TIMESTAMP(3),
ADD COLUMN     "repliedById" UUID,
ADD COLUMN     "reply" TEXT;

-- CreateTable
CREATE TABLE "CourseRevision" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "CourseStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "editVersion" INTEGER NOT NULL DEFAULT 0,
    "reviewRound" INTEGER NOT NULL DEFAULT 0,
    "currentStage" "ReviewStage",
    "createdById" UUID,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerGroup" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "stage" "ReviewStage" NOT NULL,
    "competencyArea" TEXT,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerGroupMember" (
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerGroupMember_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "CourseReview" (
    "id" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "stage" "ReviewStage" NOT NULL,
    "groupId" UUID,
    "outcome" "ReviewOutcome" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "reviewId" UUID,
    "lessonKey" UUID,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "providerId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "thumbnailId" UUID,
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeCourse" (
    "programmeId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProgrammeCourse_pkey" PRIMARY KEY ("programmeId","courseId")
);

-- CreateTable
CREATE TABLE "ProgrammeCompetency" (
    "programmeId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "level" SMALLINT NOT NULL,

    CONSTRAINT "ProgrammeCompetency_pkey" PRIMARY KEY ("programmeId","competencyId")
);

-- CreateTable
CREATE TABLE "ProgrammeEnrolment" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ProgrammeEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeCertificate" (
    "id" UUID NOT NULL,
    "programmeEnrolmentId" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ProgrammeCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentRequest" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "requestedById" UUID,
    "competencyId" UUID NOT NULL,
    "level" SMALLINT NOT NULL,
    "officialsInNeed" INTEGER,
    "note" TEXT,
    "status" "ContentRequestStatus" NOT NULL DEFAULT 'OPEN',
    "providerId" UUID,
    "courseId" UUID,
    "respondedById" UUID,
    "response" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssessmentQuestion_questionId_idx" ON "AssessmentQuestion"("questionId");

-- CreateIndex
CREATE INDEX "AssessmentQuestion_assessmentId_position_idx" ON "AssessmentQuestion"("assessmentId", "position");

-- CreateIndex
CREATE INDEX "CourseRevision_status_submittedAt_idx" ON "CourseRevision"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "CourseRevision_createdById_idx" ON "CourseRevision"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "CourseRevision_courseId_number_key" ON "CourseRevision"("courseId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewerGroup_organisationId_stage_competencyArea_key" ON "ReviewerGroup"("organisationId", "stage", "competencyArea") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "ReviewerGroupMember_userId_idx" ON "ReviewerGroupMember"("userId");

-- CreateIndex
CREATE INDEX "CourseReview_groupId_outcome_createdAt_idx" ON "CourseReview"("groupId", "outcome", "createdAt");

-- CreateIndex
CREATE INDEX "CourseReview_outcome_createdAt_idx" ON "CourseReview"("outcome", "createdAt");

-- CreateIndex
CREATE INDEX "CourseReview_decidedById_idx" ON "CourseReview"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "CourseReview_revisionId_round_stage_key" ON "CourseReview"("revisionId", "round", "stage");

-- CreateIndex
CREATE INDEX "ReviewComment_revisionId_createdAt_idx" ON "ReviewComment"("revisionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_reviewId_idx" ON "ReviewComment"("reviewId");

-- CreateIndex
CREATE INDEX "ReviewComment_authorId_idx" ON "ReviewComment"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_storageKey_key" ON "MediaAsset"("storageKey");

-- CreateIndex
CREATE INDEX "MediaAsset_providerId_createdAt_idx" ON "MediaAsset"("providerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MediaAsset_createdById_idx" ON "MediaAsset"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE INDEX "Programme_status_publishedAt_idx" ON "Programme"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Programme_providerId_idx" ON "Programme"("providerId");

-- CreateIndex
CREATE INDEX "Programme_thumbnailId_idx" ON "Programme"("thumbnailId");

-- CreateIndex
CREATE INDEX "ProgrammeCourse_courseId_idx" ON "ProgrammeCourse"("courseId");

-- CreateIndex
CREATE INDEX "ProgrammeCourse_programmeId_position_idx" ON "ProgrammeCourse"("programmeId", "position");

-- CreateIndex
CREATE INDEX "ProgrammeCompetency_competencyId_level_idx" ON "ProgrammeCompetency"("competencyId", "level");

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_programmeId_completedAt_idx" ON "ProgrammeEnrolment"("programmeId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeEnrolment_userId_programmeId_key" ON "ProgrammeEnrolment"("userId", "programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeCertificate_programmeEnrolmentId_key" ON "ProgrammeCertificate"("programmeEnrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeCertificate_code_key" ON "ProgrammeCertificate"("code");

-- CreateIndex
CREATE INDEX "ProgrammeCertificate_userId_issuedAt_idx" ON "ProgrammeCertificate"("userId", "issuedAt" DESC);

-- CreateIndex
CREATE INDEX "ProgrammeCertificate_programmeId_idx" ON "ProgrammeCertificate"("programmeId");

-- CreateIndex
CREATE INDEX "ContentRequest_status_createdAt_idx" ON "ContentRequest"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ContentRequest_organisationId_createdAt_idx" ON "ContentRequest"("organisationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ContentRequest_competencyId_level_idx" ON "ContentRequest"("competencyId", "level");

-- CreateIndex
CREATE INDEX "ContentRequest_providerId_idx" ON "ContentRequest"("providerId");

-- CreateIndex
CREATE INDEX "ContentRequest_courseId_idx" ON "ContentRequest"("courseId");

-- CreateIndex
CREATE INDEX "ContentRequest_requestedById_idx" ON "ContentRequest"("requestedById");

-- CreateIndex
CREATE INDEX "ContentRequest_respondedById_idx" ON "ContentRequest"("respondedById");

-- CreateIndex
CREATE INDEX "Course_organisationId_idx" ON "Course"("organisationId");

-- CreateIndex
CREATE INDEX "Course_thumbnailId_idx" ON "Course"("thumbnailId");

-- CreateIndex
CREATE INDEX "CourseModule_courseId_position_idx" ON "CourseModule"("courseId", "position");

-- CreateIndex
CREATE INDEX "Lesson_moduleId_position_idx" ON "Lesson"("moduleId", "position");

-- CreateIndex
CREATE INDEX "Lesson_mediaId_idx" ON "Lesson"("mediaId");

-- CreateIndex
CREATE INDEX "Assessment_drawCompetencyId_idx" ON "Assessment"("drawCompetencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_replacesId_key" ON "Question"("replacesId");

-- CreateIndex
CREATE INDEX "Question_courseId_archivedAt_idx" ON "Question"("courseId", "archivedAt");

-- CreateIndex
CREATE INDEX "Question_competencyId_level_idx" ON "Question"("competencyId", "level");

-- CreateIndex
CREATE INDEX "CourseRating_repliedById_idx" ON "CourseRating"("repliedById");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_thumbnailId_fkey" FOREIGN KEY ("thumbnailId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_drawCompetencyId_fkey" FOREIGN KEY ("drawCompetencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentQuestion" ADD CONSTRAINT "AssessmentQuestion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentQuestion" ADD CONSTRAINT "AssessmentQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAttempt" ADD CONSTRAINT "AssessmentAttempt_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptAnswer" ADD CONSTRAINT "AttemptAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonProgress" ADD CONSTRAINT "LessonProgress_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRating" ADD CONSTRAINT "CourseRating_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityFlag" ADD CONSTRAINT "IntegrityFlag_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRevision" ADD CONSTRAINT "CourseRevision_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRevision" ADD CONSTRAINT "CourseRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerGroup" ADD CONSTRAINT "ReviewerGroup_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerGroupMember" ADD CONSTRAINT "ReviewerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ReviewerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerGroupMember" ADD CONSTRAINT "ReviewerGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseReview" ADD CONSTRAINT "CourseReview_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "CourseRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseReview" ADD CONSTRAINT "CourseReview_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ReviewerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseReview" ADD CONSTRAINT "CourseReview_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "CourseRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "CourseReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_thumbnailId_fkey" FOREIGN KEY ("thumbnailId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCourse" ADD CONSTRAINT "ProgrammeCourse_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCourse" ADD CONSTRAINT "ProgrammeCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCompetency" ADD CONSTRAINT "ProgrammeCompetency_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCompetency" ADD CONSTRAINT "ProgrammeCompetency_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeEnrolment" ADD CONSTRAINT "ProgrammeEnrolment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeEnrolment" ADD CONSTRAINT "ProgrammeEnrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCertificate" ADD CONSTRAINT "ProgrammeCertificate_programmeEnrolmentId_fkey" FOREIGN KEY ("programmeEnrolmentId") REFERENCES "ProgrammeEnrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCertificate" ADD CONSTRAINT "ProgrammeCertificate_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeCertificate" ADD CONSTRAINT "ProgrammeCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── By hand: what the schema language cannot say ─────────────

-- Positions are unique among the live rows; archived modules and lessons keep theirs as history.
CREATE UNIQUE INDEX "CourseModule_live_position_key" ON "CourseModule"("courseId", "position") WHERE "archivedAt" IS NULL;
CREATE UNIQUE INDEX "Lesson_live_position_key" ON "Lesson"("moduleId", "position") WHERE "archivedAt" IS NULL;

-- At most one open version (neither published nor archived) and one published version per course.
CREATE UNIQUE INDEX "CourseRevision_one_open_key" ON "CourseRevision"("courseId") WHERE "publishedAt" IS NULL AND "archivedAt" IS NULL;
CREATE UNIQUE INDEX "CourseRevision_one_published_key" ON "CourseRevision"("courseId") WHERE "status" = 'PUBLISHED';
CREATE INDEX "CourseRevision_courseId_number_idx" ON "CourseRevision"("courseId", "number" DESC);

-- The lifecycle, for courses and their versions alike: no skipped state. A submission may be
-- withdrawn to draft before a decision; an archived course may be restored. Anything else is
-- refused whatever the caller (lib/domain/studio/lifecycle.ts holds the same table).
CREATE FUNCTION course_status_transition_allowed(old_status text, new_status text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT old_status = new_status OR (old_status, new_status) IN (
    ('DRAFT', 'IN_REVIEW'),
    ('IN_REVIEW', 'DRAFT'),
    ('IN_REVIEW', 'CHANGES_REQUESTED'),
    ('IN_REVIEW', 'APPROVED'),
    ('CHANGES_REQUESTED', 'IN_REVIEW'),
    ('APPROVED', 'PUBLISHED'),
    ('PUBLISHED', 'ARCHIVED'),
    ('ARCHIVED', 'PUBLISHED')
  )
$$;

CREATE FUNCTION enforce_course_status_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT course_status_transition_allowed(OLD."status"::text, NEW."status"::text) THEN
    RAISE EXCEPTION 'course status cannot move from % to %', OLD."status", NEW."status"
      USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME, CONSTRAINT = 'course_status_transition';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Course_status_transition" BEFORE UPDATE OF "status" ON "Course"
  FOR EACH ROW EXECUTE FUNCTION enforce_course_status_transition();
CREATE TRIGGER "CourseRevision_status_transition" BEFORE UPDATE OF "status" ON "CourseRevision"
  FOR EACH ROW EXECUTE FUNCTION enforce_course_status_transition();

ALTER TABLE "CourseRevision" ADD CONSTRAINT "CourseRevision_number_check" CHECK ("number" >= 1);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_reviewStages_check" CHECK ("reviewStages" IS NULL OR "reviewStages" IN (1, 2));
ALTER TABLE "Question" ADD CONSTRAINT "Question_level_check" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5);
ALTER TABLE "Question" ADD CONSTRAINT "Question_points_check" CHECK ("points" BETWEEN 1 AND 100);
ALTER TABLE "Question" ADD CONSTRAINT "Question_not_self_replacing" CHECK ("replacesId" IS NULL OR "replacesId" <> "id");
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_draw_check" CHECK (
  ("drawMode" = 'FIXED' AND "drawCount" IS NULL AND "drawCompetencyId" IS NULL AND "drawLevel" IS NULL)
  OR ("drawMode" = 'RANDOM' AND "drawCount" BETWEEN 1 AND 200 AND ("drawLevel" IS NULL OR "drawLevel" BETWEEN 1 AND 5))
);
ALTER TABLE "ProgrammeCompetency" ADD CONSTRAINT "ProgrammeCompetency_level_check" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "ContentRequest" ADD CONSTRAINT "ContentRequest_level_check" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_sizeBytes_check" CHECK ("sizeBytes" > 0);
ALTER TABLE "ProgrammeCourse" ADD CONSTRAINT "ProgrammeCourse_position_check" CHECK ("position" >= 1);

-- Existing courses: reviewed by their provider's organisation; certificates were earned on, and
-- learners have seen, the version now published.
UPDATE "Course" c SET "organisationId" = p."organisationId" FROM "Provider" p WHERE p."id" = c."providerId";
UPDATE "Certificate" ce SET "courseVersion" = c."version" FROM "Course" c WHERE c."id" = ce."courseId";
UPDATE "Enrolment" e SET "seenVersion" = c."version" FROM "Course" c WHERE c."id" = e."courseId";
