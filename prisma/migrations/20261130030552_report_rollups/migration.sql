-- CreateEnum
CREATE TYPE "FrameworkStatus" AS ENUM ('ACTIVE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('WEEK', 'MONTH');

-- AlterEnum
ALTER TYPE "PassbookSource" ADD VALUE 'INSTITUTE';

-- DropIndex
DROP INDEX "Competency_name_key";

-- DropIndex
DROP INDEX "LessonProgress_lessonId_idx";

-- DropIndex
DROP INDEX "PassbookEntry_awardedById_idx";

-- AlterTable
ALTER TABLE "Competency" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "frameworkId" UUID;

-- AlterTable
ALTER TABLE "PassbookEntry" ADD COLUMN     "revokeReason" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" UUID;

-- CreateTable
CREATE TABLE "CompetencyFramework" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "FrameworkStatus" NOT NULL DEFAULT 'ACTIVE',
    "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetencyFramework_pkey" PRIMARY KEY ("id")
);

-- The dictionary in use so far becomes the first framework version; its codes are its external ids.
INSERT INTO "CompetencyFramework" ("id", "code", "name", "description", "status")
VALUES ('019ad000-0000-7000-8000-000000000001', 'FRAC-2021', 'FRAC competency dictionary',
        'Framework of Roles, Activities and Competencies: behavioural, functional and domain competencies with five proficiency levels.', 'ACTIVE');
UPDATE "Competency" SET "frameworkId" = '019ad000-0000-7000-8000-000000000001', "externalId" = "code";
ALTER TABLE "Competency" ALTER COLUMN "frameworkId" SET NOT NULL;

-- CreateTable
CREATE TABLE "CompetencyMapping" (
    "fromCompetencyId" UUID NOT NULL,
    "toCompetencyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetencyMapping_pkey" PRIMARY KEY ("fromCompetencyId","toCompetencyId")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "userId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "level" SMALLINT NOT NULL,
    "note" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("userId","competencyId")
);

-- CreateTable
CREATE TABLE "LearningTimeMonthly" (
    "userId" UUID NOT NULL,
    "monthStart" DATE NOT NULL,
    "seconds" INTEGER NOT NULL DEFAULT 0,
    "competencyLinkedSeconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearningTimeMonthly_pkey" PRIMARY KEY ("userId","monthStart")
);

-- CreateTable
CREATE TABLE "CompetencyGapRollup" (
    "organisationId" UUID NOT NULL,
    "fracPositionId" UUID NOT NULL,
    "designation" TEXT NOT NULL DEFAULT '',
    "serviceGroup" TEXT NOT NULL DEFAULT '',
    "competencyId" UUID NOT NULL,
    "requiredLevel" SMALLINT NOT NULL,
    "heldLevel" SMALLINT NOT NULL,
    "officials" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CompetencyGapRollup_pkey" PRIMARY KEY ("organisationId","fracPositionId","designation","serviceGroup","competencyId","requiredLevel","heldLevel")
);

-- CreateTable
CREATE TABLE "OrganisationActivity" (
    "organisationId" UUID NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "periodStart" DATE NOT NULL,
    "shard" SMALLINT NOT NULL,
    "enrolments" INTEGER NOT NULL DEFAULT 0,
    "completions" INTEGER NOT NULL DEFAULT 0,
    "certificates" INTEGER NOT NULL DEFAULT 0,
    "learningSeconds" BIGINT NOT NULL DEFAULT 0,
    "competencyLinkedSeconds" BIGINT NOT NULL DEFAULT 0,
    "activeLearners" INTEGER NOT NULL DEFAULT 0,
    "reachedTarget" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganisationActivity_pkey" PRIMARY KEY ("organisationId","period","periodStart","shard")
);

-- CreateTable
CREATE TABLE "CourseActivity" (
    "courseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "enrolments" INTEGER NOT NULL DEFAULT 0,
    "completions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourseActivity_pkey" PRIMARY KEY ("courseId","organisationId")
);

-- CreateTable
CREATE TABLE "OrganisationHeadcount" (
    "organisationId" UUID NOT NULL,
    "officials" INTEGER NOT NULL DEFAULT 0,
    "activeOfficials" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganisationHeadcount_pkey" PRIMARY KEY ("organisationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyFramework_code_key" ON "CompetencyFramework"("code");

-- CreateIndex
CREATE INDEX "CompetencyMapping_toCompetencyId_idx" ON "CompetencyMapping"("toCompetencyId");

-- CreateIndex
CREATE INDEX "SelfAssessment_competencyId_idx" ON "SelfAssessment"("competencyId");

-- CreateIndex
CREATE INDEX "SelfAssessment_reviewedById_idx" ON "SelfAssessment"("reviewedById");

-- CreateIndex
CREATE INDEX "CompetencyGapRollup_competencyId_idx" ON "CompetencyGapRollup"("competencyId");

-- CreateIndex
CREATE INDEX "CompetencyGapRollup_fracPositionId_idx" ON "CompetencyGapRollup"("fracPositionId");

-- CreateIndex
CREATE INDEX "OrganisationActivity_period_periodStart_idx" ON "OrganisationActivity"("period", "periodStart");

-- CreateIndex
CREATE INDEX "CourseActivity_organisationId_idx" ON "CourseActivity"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_frameworkId_name_key" ON "Competency"("frameworkId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_frameworkId_externalId_key" ON "Competency"("frameworkId", "externalId");

-- CreateIndex
CREATE INDEX "LessonProgress_lessonId_status_idx" ON "LessonProgress"("lessonId", "status");

-- CreateIndex
CREATE INDEX "PassbookEntry_awardedById_awardedAt_idx" ON "PassbookEntry"("awardedById", "awardedAt" DESC);

-- CreateIndex
CREATE INDEX "PassbookEntry_revokedById_idx" ON "PassbookEntry"("revokedById");

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "CompetencyFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyMapping" ADD CONSTRAINT "CompetencyMapping_fromCompetencyId_fkey" FOREIGN KEY ("fromCompetencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyMapping" ADD CONSTRAINT "CompetencyMapping_toCompetencyId_fkey" FOREIGN KEY ("toCompetencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTimeMonthly" ADD CONSTRAINT "LearningTimeMonthly_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassbookEntry" ADD CONSTRAINT "PassbookEntry_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────────────────── Invariants ─────────────────────────

-- At most one framework is in use at a time.
CREATE UNIQUE INDEX "CompetencyFramework_one_active" ON "CompetencyFramework" ("status") WHERE "status" = 'ACTIVE';
ALTER TABLE "CompetencyMapping" ADD CONSTRAINT "CompetencyMapping_not_self" CHECK ("fromCompetencyId" <> "toCompetencyId");
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_level_range" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_review_complete" CHECK (("reviewedAt" IS NULL) = ("reviewedById" IS NULL) OR "reviewedAt" IS NOT NULL);
-- A revocation always says when; the reason and revoker travel with it.
ALTER TABLE "PassbookEntry" ADD CONSTRAINT "PassbookEntry_revocation_dated" CHECK ("revokedAt" IS NOT NULL OR ("revokedById" IS NULL AND "revokeReason" IS NULL));
ALTER TABLE "CompetencyGapRollup" ADD CONSTRAINT "CompetencyGapRollup_levels" CHECK ("requiredLevel" BETWEEN 1 AND 5 AND "heldLevel" BETWEEN 0 AND "requiredLevel");

-- ───────────────────────── Self-declared levels leave the held level ─────────────────────────

-- Self-assessments were passbook entries; they become the official's current self rating
-- (latest per competency) and stop counting toward the held level.
INSERT INTO "SelfAssessment" ("userId", "competencyId", "level", "note", "assessedAt")
SELECT DISTINCT ON ("userId", "competencyId") "userId", "competencyId", "level", NULLIF("evidence", ''), "awardedAt"
FROM "PassbookEntry"
WHERE "source" = 'SELF'
ORDER BY "userId", "competencyId", "awardedAt" DESC;
DELETE FROM "PassbookEntry" WHERE "source" = 'SELF';

-- The held level is the highest verified, unrevoked evidence (lib/domain/competency/held-level.ts).
DELETE FROM "OfficialCompetency" oc
WHERE NOT EXISTS (SELECT 1 FROM "PassbookEntry" pe WHERE pe."userId" = oc."userId" AND pe."competencyId" = oc."competencyId");
UPDATE "OfficialCompetency" oc SET "level" = best."level"
FROM (SELECT "userId", "competencyId", max("level") AS "level" FROM "PassbookEntry" GROUP BY 1, 2) best
WHERE best."userId" = oc."userId" AND best."competencyId" = oc."competencyId" AND best."level" <> oc."level";

-- ───────────────────────── Shared helpers ─────────────────────────

-- India has no daylight saving, so IST is a fixed +05:30 from the UTC timestamps stored here.
CREATE FUNCTION "ist_date"(instant timestamp) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT (instant + interval '5 hours 30 minutes')::date
$$;

CREATE FUNCTION "ist_month_start"(day date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', day)::date
$$;

-- The shard an official's activity lands in (see OrganisationActivity).
CREATE FUNCTION "report_shard"(official uuid) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (abs(hashtext(official::text)) % 4)::smallint
$$;

-- The National Learning Week target, as LEARNING_WEEK_TARGET_SECONDS in lib/domain/learning/learning-hours.ts.
CREATE FUNCTION "learning_week_target_seconds"() RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT 14400
$$;

-- What a post requires: per competency, the highest level any of its FRAC roles asks for.
CREATE FUNCTION "position_requirements"(position_id uuid)
RETURNS TABLE ("competencyId" uuid, "requiredLevel" smallint) LANGUAGE sql STABLE AS $$
  SELECT rc."competencyId", max(rc."requiredLevel")::smallint
  FROM "FracPositionRole" pr
  JOIN "RoleCompetency" rc ON rc."roleId" = pr."roleId"
  WHERE pr."positionId" = position_id
  GROUP BY rc."competencyId"
$$;

-- ───────────────────────── Competency-gap roll-up ─────────────────────────

CREATE FUNCTION "gap_rollup_add"(org uuid, pos uuid, des text, grp text, competency uuid, required smallint, held smallint, delta integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapRollup" ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  VALUES (org, pos, des, grp, competency, required, held, delta)
  ON CONFLICT ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel")
  DO UPDATE SET "officials" = "CompetencyGapRollup"."officials" + EXCLUDED."officials"
$$;

-- Adds (sign 1) or removes (sign -1) one official's buckets: every requirement of their post with
-- their held level capped at it. Competencies in id order, so concurrent writers lock rows in
-- the same order.
CREATE FUNCTION "gap_rollup_official"(official uuid, org uuid, pos uuid, des text, grp text, sign integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapRollup" AS r ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  SELECT org, pos, coalesce(des, ''), coalesce(grp, ''), req."competencyId", req."requiredLevel",
         least(coalesce(oc."level", 0), req."requiredLevel")::smallint, sign
  FROM "position_requirements"(pos) req
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = official AND oc."competencyId" = req."competencyId"
  ORDER BY req."competencyId"
  ON CONFLICT ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel")
  DO UPDATE SET "officials" = r."officials" + EXCLUDED."officials"
$$;

-- An official counts in the gap reports while active, posted in an organisation and holding a post.
CREATE FUNCTION "gap_rollup_follow_official"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_counted boolean := TG_OP <> 'INSERT' AND OLD."status" = 'ACTIVE' AND OLD."organisationId" IS NOT NULL AND OLD."fracPositionId" IS NOT NULL;
  is_counted boolean := TG_OP <> 'DELETE' AND NEW."status" = 'ACTIVE' AND NEW."organisationId" IS NOT NULL AND NEW."fracPositionId" IS NOT NULL;
BEGIN
  IF TG_OP = 'UPDATE' AND was_counted = is_counted
     AND OLD."organisationId" IS NOT DISTINCT FROM NEW."organisationId" AND OLD."fracPositionId" IS NOT DISTINCT FROM NEW."fracPositionId"
     AND OLD."designation" IS NOT DISTINCT FROM NEW."designation" AND OLD."group" IS NOT DISTINCT FROM NEW."group" THEN
    RETURN NULL;
  END IF;
  IF was_counted THEN
    PERFORM "gap_rollup_official"(OLD."id", OLD."organisationId", OLD."fracPositionId", OLD."designation", OLD."group"::text, -1);
  END IF;
  IF is_counted THEN
    PERFORM "gap_rollup_official"(NEW."id", NEW."organisationId", NEW."fracPositionId", NEW."designation", NEW."group"::text, 1);
  END IF;
  -- A BEFORE DELETE trigger must hand the row back, or the delete is skipped.
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END
$$;

-- A held level moved: the official leaves one bucket and joins another. The lower bucket is
-- touched first, so two writers never take the same pair of rows in opposite orders.
CREATE FUNCTION "gap_rollup_follow_held_level"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  official uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."userId" ELSE NEW."userId" END;
  competency uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."competencyId" ELSE NEW."competencyId" END;
  u record;
  required smallint;
  before_level smallint;
  after_level smallint;
BEGIN
  SELECT "organisationId", "fracPositionId", coalesce("designation", '') AS des, coalesce("group"::text, '') AS grp INTO u
  FROM "User" WHERE "id" = official AND "status" = 'ACTIVE' AND "organisationId" IS NOT NULL AND "fracPositionId" IS NOT NULL;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT req."requiredLevel" INTO required FROM "position_requirements"(u."fracPositionId") req WHERE req."competencyId" = competency;
  IF required IS NULL THEN RETURN NULL; END IF;
  before_level := least(CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD."level" END, required);
  after_level := least(CASE WHEN TG_OP = 'DELETE' THEN 0 ELSE NEW."level" END, required);
  IF before_level = after_level THEN RETURN NULL; END IF;
  IF before_level < after_level THEN
    PERFORM "gap_rollup_add"(u."organisationId", u."fracPositionId", u.des, u.grp, competency, required, before_level, -1);
    PERFORM "gap_rollup_add"(u."organisationId", u."fracPositionId", u.des, u.grp, competency, required, after_level, 1);
  ELSE
    PERFORM "gap_rollup_add"(u."organisationId", u."fracPositionId", u.des, u.grp, competency, required, after_level, 1);
    PERFORM "gap_rollup_add"(u."organisationId", u."fracPositionId", u.des, u.grp, competency, required, before_level, -1);
  END IF;
  RETURN NULL;
END
$$;

-- The buckets of every official in these posts, recomputed from the raw rows. Used when what a
-- post requires changes (a role's levels, a post's roles). The table lock makes concurrent
-- held-level changes wait, so none is applied to a bucket this is replacing.
CREATE FUNCTION "gap_rollup_rebuild_positions"(positions uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF positions IS NULL OR cardinality(positions) = 0 THEN RETURN; END IF;
  LOCK TABLE "CompetencyGapRollup" IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM "CompetencyGapRollup" WHERE "fracPositionId" = ANY(positions);
  INSERT INTO "CompetencyGapRollup" ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  SELECT u."organisationId", u."fracPositionId", coalesce(u."designation", ''), coalesce(u."group"::text, ''), req."competencyId", req."requiredLevel",
         least(coalesce(oc."level", 0), req."requiredLevel")::smallint, count(*)::int
  FROM "User" u
  CROSS JOIN LATERAL "position_requirements"(u."fracPositionId") req
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = u."id" AND oc."competencyId" = req."competencyId"
  WHERE u."fracPositionId" = ANY(positions) AND u."status" = 'ACTIVE' AND u."organisationId" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;

CREATE FUNCTION "gap_rollup_follow_role_requirements"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "gap_rollup_rebuild_positions"(ARRAY(
    SELECT DISTINCT pr."positionId" FROM "FracPositionRole" pr
    WHERE pr."roleId" IN (SELECT "roleId" FROM changed_rows)
  ));
  RETURN NULL;
END
$$;

CREATE FUNCTION "gap_rollup_follow_position_roles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "gap_rollup_rebuild_positions"(ARRAY(SELECT DISTINCT "positionId" FROM changed_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_gap_rollup" AFTER INSERT OR UPDATE OF "organisationId", "fracPositionId", "designation", "group", "status" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "gap_rollup_follow_official"();
-- BEFORE, so the official's held levels are still there to subtract (they cascade away after).
CREATE TRIGGER "User_gap_rollup_delete" BEFORE DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "gap_rollup_follow_official"();
CREATE TRIGGER "OfficialCompetency_gap_rollup" AFTER INSERT OR UPDATE OF "level" OR DELETE ON "OfficialCompetency"
  FOR EACH ROW EXECUTE FUNCTION "gap_rollup_follow_held_level"();
CREATE TRIGGER "RoleCompetency_gap_rollup_insert" AFTER INSERT ON "RoleCompetency"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_role_requirements"();
CREATE TRIGGER "RoleCompetency_gap_rollup_update" AFTER UPDATE ON "RoleCompetency"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_role_requirements"();
CREATE TRIGGER "RoleCompetency_gap_rollup_delete" AFTER DELETE ON "RoleCompetency"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_role_requirements"();
CREATE TRIGGER "FracPositionRole_gap_rollup_insert" AFTER INSERT ON "FracPositionRole"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_position_roles"();
CREATE TRIGGER "FracPositionRole_gap_rollup_update" AFTER UPDATE ON "FracPositionRole"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_position_roles"();
CREATE TRIGGER "FracPositionRole_gap_rollup_delete" AFTER DELETE ON "FracPositionRole"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "gap_rollup_follow_position_roles"();

-- ───────────────────────── Headcount ─────────────────────────

CREATE FUNCTION "headcount_add"(org uuid, officials integer, active integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "OrganisationHeadcount" ("organisationId", "officials", "activeOfficials") VALUES (org, officials, active)
  ON CONFLICT ("organisationId") DO UPDATE
  SET "officials" = "OrganisationHeadcount"."officials" + EXCLUDED."officials",
      "activeOfficials" = "OrganisationHeadcount"."activeOfficials" + EXCLUDED."activeOfficials"
$$;

CREATE FUNCTION "headcount_follow_official"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."organisationId" IS NOT DISTINCT FROM NEW."organisationId" AND OLD."status" = NEW."status" THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD."organisationId" IS NOT NULL THEN
    PERFORM "headcount_add"(OLD."organisationId", -1, CASE WHEN OLD."status" = 'ACTIVE' THEN -1 ELSE 0 END);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."organisationId" IS NOT NULL THEN
    PERFORM "headcount_add"(NEW."organisationId", 1, CASE WHEN NEW."status" = 'ACTIVE' THEN 1 ELSE 0 END);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_headcount" AFTER INSERT OR UPDATE OF "organisationId", "status" OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "headcount_follow_official"();

-- ───────────────────────── Learning activity ─────────────────────────

CREATE FUNCTION "activity_add"(
  org uuid, official uuid, day date,
  enrolments integer, completions integer, certificates integer,
  seconds bigint, linked_seconds bigint, active integer, reached integer,
  periods "ReportPeriod"[] DEFAULT ARRAY['WEEK', 'MONTH']::"ReportPeriod"[]
) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "OrganisationActivity" AS a ("organisationId", "period", "periodStart", "shard", "enrolments", "completions", "certificates",
                                           "learningSeconds", "competencyLinkedSeconds", "activeLearners", "reachedTarget")
  SELECT org, p, CASE WHEN p = 'WEEK' THEN "learning_week_start"(day) ELSE "ist_month_start"(day) END, "report_shard"(official),
         enrolments, completions, certificates, seconds, linked_seconds, active, reached
  FROM unnest(periods) AS p
  ON CONFLICT ("organisationId", "period", "periodStart", "shard") DO UPDATE SET
    "enrolments" = a."enrolments" + EXCLUDED."enrolments",
    "completions" = a."completions" + EXCLUDED."completions",
    "certificates" = a."certificates" + EXCLUDED."certificates",
    "learningSeconds" = a."learningSeconds" + EXCLUDED."learningSeconds",
    "competencyLinkedSeconds" = a."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds",
    "activeLearners" = a."activeLearners" + EXCLUDED."activeLearners",
    "reachedTarget" = a."reachedTarget" + EXCLUDED."reachedTarget"
$$;

CREATE FUNCTION "course_activity_add"(course uuid, org uuid, enrolments integer, completions integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CourseActivity" AS c ("courseId", "organisationId", "enrolments", "completions") VALUES (course, org, enrolments, completions)
  ON CONFLICT ("courseId", "organisationId") DO UPDATE SET
    "enrolments" = c."enrolments" + EXCLUDED."enrolments",
    "completions" = c."completions" + EXCLUDED."completions"
$$;

CREATE FUNCTION "official_organisation"(official uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT "organisationId" FROM "User" WHERE "id" = official
$$;

-- An enrolment counts in its enrolment period unless withdrawn, and as a completion in the
-- period it was completed.
CREATE FUNCTION "activity_follow_enrolment"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org uuid := "official_organisation"(CASE WHEN TG_OP = 'DELETE' THEN OLD."userId" ELSE NEW."userId" END);
  old_enrolled boolean := TG_OP <> 'INSERT' AND OLD."status" <> 'WITHDRAWN';
  new_enrolled boolean := TG_OP <> 'DELETE' AND NEW."status" <> 'WITHDRAWN';
  old_completed boolean := TG_OP <> 'INSERT' AND OLD."status" = 'COMPLETED' AND OLD."completedAt" IS NOT NULL;
  new_completed boolean := TG_OP <> 'DELETE' AND NEW."status" = 'COMPLETED' AND NEW."completedAt" IS NOT NULL;
BEGIN
  IF org IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND old_enrolled = new_enrolled AND old_completed = new_completed
     AND OLD."enrolledAt" = NEW."enrolledAt" AND OLD."completedAt" IS NOT DISTINCT FROM NEW."completedAt" AND OLD."courseId" = NEW."courseId" THEN
    RETURN NULL;
  END IF;
  IF old_enrolled THEN
    PERFORM "activity_add"(org, OLD."userId", "ist_date"(OLD."enrolledAt"), -1, 0, 0, 0, 0, 0, 0);
  END IF;
  IF old_completed THEN
    PERFORM "activity_add"(org, OLD."userId", "ist_date"(OLD."completedAt"), 0, -1, 0, 0, 0, 0, 0);
  END IF;
  IF old_enrolled OR old_completed THEN
    PERFORM "course_activity_add"(OLD."courseId", org, -old_enrolled::int, -old_completed::int);
  END IF;
  IF new_enrolled THEN
    PERFORM "activity_add"(org, NEW."userId", "ist_date"(NEW."enrolledAt"), 1, 0, 0, 0, 0, 0, 0);
  END IF;
  IF new_completed THEN
    PERFORM "activity_add"(org, NEW."userId", "ist_date"(NEW."completedAt"), 0, 1, 0, 0, 0, 0, 0);
  END IF;
  IF new_enrolled OR new_completed THEN
    PERFORM "course_activity_add"(NEW."courseId", org, new_enrolled::int, new_completed::int);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "activity_follow_certificate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org uuid := "official_organisation"(CASE WHEN TG_OP = 'DELETE' THEN OLD."userId" ELSE NEW."userId" END);
  old_counts boolean := TG_OP <> 'INSERT' AND OLD."revokedAt" IS NULL;
  new_counts boolean := TG_OP <> 'DELETE' AND NEW."revokedAt" IS NULL;
BEGIN
  IF org IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND old_counts = new_counts AND OLD."issuedAt" = NEW."issuedAt" THEN RETURN NULL; END IF;
  IF old_counts THEN PERFORM "activity_add"(org, OLD."userId", "ist_date"(OLD."issuedAt"), 0, 0, -1, 0, 0, 0, 0); END IF;
  IF new_counts THEN PERFORM "activity_add"(org, NEW."userId", "ist_date"(NEW."issuedAt"), 0, 0, 1, 0, 0, 0, 0); END IF;
  RETURN NULL;
END
$$;

-- A heartbeat updates one day's row in place; its week and month then take the difference in
-- one statement each (the weekly function of an earlier migration took it in two).
CREATE OR REPLACE FUNCTION "learning_time_weekly_follow_daily"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."userId" = NEW."userId" AND "learning_week_start"(OLD."day") = "learning_week_start"(NEW."day") THEN
    IF OLD."seconds" <> NEW."seconds" OR OLD."competencyLinkedSeconds" <> NEW."competencyLinkedSeconds" THEN
      UPDATE "LearningTimeWeekly"
      SET "seconds" = "seconds" + (NEW."seconds" - OLD."seconds"),
          "competencyLinkedSeconds" = "competencyLinkedSeconds" + (NEW."competencyLinkedSeconds" - OLD."competencyLinkedSeconds")
      WHERE "userId" = NEW."userId" AND "weekStart" = "learning_week_start"(NEW."day");
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "LearningTimeWeekly"
    SET "seconds" = "seconds" - OLD."seconds",
        "competencyLinkedSeconds" = "competencyLinkedSeconds" - OLD."competencyLinkedSeconds"
    WHERE "userId" = OLD."userId" AND "weekStart" = "learning_week_start"(OLD."day");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "LearningTimeWeekly" ("userId", "weekStart", "seconds", "competencyLinkedSeconds")
    VALUES (NEW."userId", "learning_week_start"(NEW."day"), NEW."seconds", NEW."competencyLinkedSeconds")
    ON CONFLICT ("userId", "weekStart") DO UPDATE
    SET "seconds" = "LearningTimeWeekly"."seconds" + EXCLUDED."seconds",
        "competencyLinkedSeconds" = "LearningTimeWeekly"."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds";
  END IF;
  RETURN NULL;
END
$$;

-- Monthly totals per official follow the days, as the weekly ones do.
CREATE FUNCTION "learning_time_monthly_follow_daily"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."userId" = NEW."userId" AND "ist_month_start"(OLD."day") = "ist_month_start"(NEW."day") THEN
    IF OLD."seconds" <> NEW."seconds" OR OLD."competencyLinkedSeconds" <> NEW."competencyLinkedSeconds" THEN
      UPDATE "LearningTimeMonthly"
      SET "seconds" = "seconds" + (NEW."seconds" - OLD."seconds"),
          "competencyLinkedSeconds" = "competencyLinkedSeconds" + (NEW."competencyLinkedSeconds" - OLD."competencyLinkedSeconds")
      WHERE "userId" = NEW."userId" AND "monthStart" = "ist_month_start"(NEW."day");
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "LearningTimeMonthly"
    SET "seconds" = "seconds" - OLD."seconds",
        "competencyLinkedSeconds" = "competencyLinkedSeconds" - OLD."competencyLinkedSeconds"
    WHERE "userId" = OLD."userId" AND "monthStart" = "ist_month_start"(OLD."day");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "LearningTimeMonthly" ("userId", "monthStart", "seconds", "competencyLinkedSeconds")
    VALUES (NEW."userId", "ist_month_start"(NEW."day"), NEW."seconds", NEW."competencyLinkedSeconds")
    ON CONFLICT ("userId", "monthStart") DO UPDATE
    SET "seconds" = "LearningTimeMonthly"."seconds" + EXCLUDED."seconds",
        "competencyLinkedSeconds" = "LearningTimeMonthly"."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "LearningTimeDaily_monthly_total" AFTER INSERT OR UPDATE OR DELETE ON "LearningTimeDaily"
  FOR EACH ROW EXECUTE FUNCTION "learning_time_monthly_follow_daily"();

INSERT INTO "LearningTimeMonthly" ("userId", "monthStart", "seconds", "competencyLinkedSeconds")
SELECT "userId", "ist_month_start"("day"), sum("seconds")::int, sum("competencyLinkedSeconds")::int
FROM "LearningTimeDaily"
GROUP BY 1, 2;

-- Weekly and monthly time, active learners and the Learning Week target follow the per-official
-- totals. Each total row changes in a statement of its own (the daily trigger's), so OLD and NEW
-- say exactly whether the official just became active, even when many days arrive in one insert.
CREATE FUNCTION "activity_follow_learning_total"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  official uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."userId" ELSE NEW."userId" END;
  org uuid := "official_organisation"(official);
  is_week boolean := TG_TABLE_NAME = 'LearningTimeWeekly';
  period "ReportPeriod" := CASE WHEN is_week THEN 'WEEK' ELSE 'MONTH' END;
  target integer := "learning_week_target_seconds"();
  old_start date;
  new_start date;
  old_seconds bigint := 0; old_linked bigint := 0; old_active integer := 0; old_reached integer := 0;
  new_seconds bigint := 0; new_linked bigint := 0; new_active integer := 0; new_reached integer := 0;
BEGIN
  IF org IS NULL THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN
    old_start := CASE WHEN is_week THEN (to_jsonb(OLD) ->> 'weekStart')::date ELSE (to_jsonb(OLD) ->> 'monthStart')::date END;
    old_seconds := OLD."seconds"; old_linked := OLD."competencyLinkedSeconds";
    old_active := (OLD."seconds" > 0)::int;
    old_reached := (is_week AND OLD."competencyLinkedSeconds" >= target)::int;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_start := CASE WHEN is_week THEN (to_jsonb(NEW) ->> 'weekStart')::date ELSE (to_jsonb(NEW) ->> 'monthStart')::date END;
    new_seconds := NEW."seconds"; new_linked := NEW."competencyLinkedSeconds";
    new_active := (NEW."seconds" > 0)::int;
    new_reached := (is_week AND NEW."competencyLinkedSeconds" >= target)::int;
  END IF;
  IF TG_OP = 'UPDATE' AND old_start = new_start AND OLD."userId" = NEW."userId" THEN
    IF new_seconds = old_seconds AND new_linked = old_linked AND new_active = old_active AND new_reached = old_reached THEN
      RETURN NULL;
    END IF;
    PERFORM "activity_add"(org, official, new_start, 0, 0, 0, new_seconds - old_seconds, new_linked - old_linked,
                           new_active - old_active, new_reached - old_reached, ARRAY[period]);
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "activity_add"(org, OLD."userId", old_start, 0, 0, 0, -old_seconds, -old_linked, -old_active, -old_reached, ARRAY[period]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "activity_add"(org, NEW."userId", new_start, 0, 0, 0, new_seconds, new_linked, new_active, new_reached, ARRAY[period]);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_activity" AFTER INSERT OR UPDATE OF "status", "completedAt", "enrolledAt", "courseId" OR DELETE ON "Enrolment"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_enrolment"();
CREATE TRIGGER "Certificate_activity" AFTER INSERT OR UPDATE OF "revokedAt", "issuedAt" OR DELETE ON "Certificate"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_certificate"();
CREATE TRIGGER "LearningTimeMonthly_activity" AFTER INSERT OR UPDATE OR DELETE ON "LearningTimeMonthly"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_learning_total"();
CREATE TRIGGER "LearningTimeWeekly_activity" AFTER INSERT OR UPDATE OR DELETE ON "LearningTimeWeekly"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_learning_total"();

-- An official's activity is reported under the organisation they are in now: when they move
-- (or leave), their whole history moves with them, recounted from their own rows.
CREATE FUNCTION "official_activity_rows"(official uuid)
RETURNS TABLE (period "ReportPeriod", start date, enrolments integer, completions integer, certificates integer,
               seconds bigint, linked bigint, active integer, reached integer)
LANGUAGE sql STABLE AS $$
  WITH events AS (
    SELECT "ist_date"(e."enrolledAt") AS day, 1 AS n_enrolments, 0 AS n_completions, 0 AS n_certificates
    FROM "Enrolment" e WHERE e."userId" = official AND e."status" <> 'WITHDRAWN'
    UNION ALL
    SELECT "ist_date"(e."completedAt"), 0, 1, 0
    FROM "Enrolment" e WHERE e."userId" = official AND e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL
    UNION ALL
    SELECT "ist_date"(c."issuedAt"), 0, 0, 1
    FROM "Certificate" c WHERE c."userId" = official AND c."revokedAt" IS NULL
  ),
  all_rows AS (
    SELECT p AS p_period, CASE WHEN p = 'WEEK' THEN "learning_week_start"(ev.day) ELSE "ist_month_start"(ev.day) END AS p_start,
           ev.n_enrolments, ev.n_completions, ev.n_certificates, 0::bigint AS n_seconds, 0::bigint AS n_linked, 0 AS n_active, 0 AS n_reached
    FROM events ev CROSS JOIN unnest(ARRAY['WEEK', 'MONTH']::"ReportPeriod"[]) AS p
    UNION ALL
    SELECT 'WEEK', w."weekStart", 0, 0, 0, w."seconds"::bigint, w."competencyLinkedSeconds"::bigint,
           (w."seconds" > 0)::int, (w."competencyLinkedSeconds" >= "learning_week_target_seconds"())::int
    FROM "LearningTimeWeekly" w WHERE w."userId" = official
    UNION ALL
    SELECT 'MONTH', "ist_month_start"(d."day"), 0, 0, 0, sum(d."seconds")::bigint, sum(d."competencyLinkedSeconds")::bigint,
           (bool_or(d."seconds" > 0))::int, 0
    FROM "LearningTimeDaily" d WHERE d."userId" = official
    GROUP BY "ist_month_start"(d."day")
  )
  SELECT p_period, p_start, sum(n_enrolments)::int, sum(n_completions)::int, sum(n_certificates)::int,
         sum(n_seconds)::bigint, sum(n_linked)::bigint, sum(n_active)::int, sum(n_reached)::int
  FROM all_rows GROUP BY p_period, p_start
$$;

-- An official's activity is reported under the organisation they are in now: when they move
-- (or leave), their whole history moves with them, recounted from their own rows.
CREATE FUNCTION "activity_move_official"(official uuid, from_org uuid, to_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  side record;
BEGIN
  FOR side IN SELECT * FROM (VALUES (from_org, -1), (to_org, 1)) AS v(org, sign) WHERE v.org IS NOT NULL LOOP
    INSERT INTO "OrganisationActivity" AS a ("organisationId", "period", "periodStart", "shard", "enrolments", "completions", "certificates",
                                             "learningSeconds", "competencyLinkedSeconds", "activeLearners", "reachedTarget")
    SELECT side.org, r.period, r.start, "report_shard"(official), side.sign * r.enrolments, side.sign * r.completions, side.sign * r.certificates,
           side.sign * r.seconds, side.sign * r.linked, side.sign * r.active, side.sign * r.reached
    FROM "official_activity_rows"(official) r
    ORDER BY r.period, r.start
    ON CONFLICT ("organisationId", "period", "periodStart", "shard") DO UPDATE SET
      "enrolments" = a."enrolments" + EXCLUDED."enrolments",
      "completions" = a."completions" + EXCLUDED."completions",
      "certificates" = a."certificates" + EXCLUDED."certificates",
      "learningSeconds" = a."learningSeconds" + EXCLUDED."learningSeconds",
      "competencyLinkedSeconds" = a."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds",
      "activeLearners" = a."activeLearners" + EXCLUDED."activeLearners",
      "reachedTarget" = a."reachedTarget" + EXCLUDED."reachedTarget";
    PERFORM "course_activity_add"(e."courseId", side.org, side.sign * (e."status" <> 'WITHDRAWN')::int,
                                  side.sign * (e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL)::int)
    FROM "Enrolment" e WHERE e."userId" = official
    ORDER BY e."courseId";
  END LOOP;
END
$$;

CREATE FUNCTION "activity_follow_official"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "activity_move_official"(OLD."id", OLD."organisationId", NULL);
    RETURN OLD;
  END IF;
  IF OLD."organisationId" IS DISTINCT FROM NEW."organisationId" THEN
    PERFORM "activity_move_official"(NEW."id", OLD."organisationId", NEW."organisationId");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_activity_move" AFTER UPDATE OF "organisationId" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_official"();
-- BEFORE, while the official's rows are still there to subtract (they cascade away after).
CREATE TRIGGER "User_activity_delete" BEFORE DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "activity_follow_official"();

-- ───────────────────────── Recount from the raw rows ─────────────────────────
-- What every roll-up should hold, computed from the rows it summarises. The reconcile command
-- compares these with the roll-ups; a bulk load fills the roll-ups from them.

CREATE FUNCTION "expected_gap_rollup"()
RETURNS TABLE ("organisationId" uuid, "fracPositionId" uuid, "designation" text, "serviceGroup" text, "competencyId" uuid,
               "requiredLevel" smallint, "heldLevel" smallint, "officials" integer)
LANGUAGE sql STABLE AS $$
  WITH requirements AS (
    SELECT pr."positionId", rc."competencyId", max(rc."requiredLevel")::smallint AS "requiredLevel"
    FROM "FracPositionRole" pr JOIN "RoleCompetency" rc ON rc."roleId" = pr."roleId"
    GROUP BY 1, 2
  )
  SELECT u."organisationId", u."fracPositionId", coalesce(u."designation", ''), coalesce(u."group"::text, ''), req."competencyId", req."requiredLevel",
         least(coalesce(oc."level", 0), req."requiredLevel")::smallint, count(*)::int
  FROM "User" u
  JOIN requirements req ON req."positionId" = u."fracPositionId"
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = u."id" AND oc."competencyId" = req."competencyId"
  WHERE u."status" = 'ACTIVE' AND u."organisationId" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
$$;

CREATE FUNCTION "expected_headcount"()
RETURNS TABLE ("organisationId" uuid, "officials" integer, "activeOfficials" integer) LANGUAGE sql STABLE AS $$
  SELECT "organisationId", count(*)::int, count(*) FILTER (WHERE "status" = 'ACTIVE')::int
  FROM "User" WHERE "organisationId" IS NOT NULL GROUP BY 1
$$;

CREATE FUNCTION "expected_course_activity"()
RETURNS TABLE ("courseId" uuid, "organisationId" uuid, "enrolments" integer, "completions" integer) LANGUAGE sql STABLE AS $$
  SELECT e."courseId", u."organisationId",
         count(*) FILTER (WHERE e."status" <> 'WITHDRAWN')::int,
         count(*) FILTER (WHERE e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL)::int
  FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId"
  WHERE u."organisationId" IS NOT NULL
  GROUP BY 1, 2
$$;

CREATE FUNCTION "expected_organisation_activity"()
RETURNS TABLE ("organisationId" uuid, "period" "ReportPeriod", "periodStart" date, "shard" smallint,
               "enrolments" integer, "completions" integer, "certificates" integer, "learningSeconds" bigint,
               "competencyLinkedSeconds" bigint, "activeLearners" integer, "reachedTarget" integer)
LANGUAGE sql STABLE AS $$
  WITH events AS (
    SELECT e."userId", "ist_date"(e."enrolledAt") AS day, 1 AS enrolments, 0 AS completions, 0 AS certificates
    FROM "Enrolment" e WHERE e."status" <> 'WITHDRAWN'
    UNION ALL
    SELECT e."userId", "ist_date"(e."completedAt"), 0, 1, 0
    FROM "Enrolment" e WHERE e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL
    UNION ALL
    SELECT c."userId", "ist_date"(c."issuedAt"), 0, 0, 1
    FROM "Certificate" c WHERE c."revokedAt" IS NULL
  ),
  event_rows AS (
    SELECT ev."userId", p AS period, CASE WHEN p = 'WEEK' THEN "learning_week_start"(ev.day) ELSE "ist_month_start"(ev.day) END AS start,
           ev.enrolments, ev.completions, ev.certificates, 0::bigint AS seconds, 0::bigint AS linked, 0 AS active, 0 AS reached
    FROM events ev CROSS JOIN unnest(ARRAY['WEEK', 'MONTH']::"ReportPeriod"[]) AS p
  ),
  week_rows AS (
    SELECT w."userId", 'WEEK'::"ReportPeriod", w."weekStart", 0, 0, 0, w."seconds"::bigint, w."competencyLinkedSeconds"::bigint,
           (w."seconds" > 0)::int, (w."competencyLinkedSeconds" >= "learning_week_target_seconds"())::int
    FROM "LearningTimeWeekly" w
  ),
  month_rows AS (
    SELECT d."userId", 'MONTH'::"ReportPeriod", "ist_month_start"(d."day"), 0, 0, 0, sum(d."seconds")::bigint, sum(d."competencyLinkedSeconds")::bigint,
           (bool_or(d."seconds" > 0))::int, 0
    FROM "LearningTimeDaily" d
    GROUP BY d."userId", "ist_month_start"(d."day")
  ),
  all_rows AS (
    SELECT * FROM event_rows UNION ALL SELECT * FROM week_rows UNION ALL SELECT * FROM month_rows
  )
  SELECT u."organisationId", r.period, r.start, "report_shard"(r."userId"),
         sum(r.enrolments)::int, sum(r.completions)::int, sum(r.certificates)::int, sum(r.seconds)::bigint, sum(r.linked)::bigint,
         sum(r.active)::int, sum(r.reached)::int
  FROM all_rows r JOIN "User" u ON u."id" = r."userId"
  WHERE u."organisationId" IS NOT NULL
  GROUP BY 1, 2, 3, 4
$$;

-- Refills every roll-up from the raw rows: after a bulk load that bypassed the triggers, or to
-- repair what reconcile reports.
CREATE FUNCTION "rebuild_report_rollups"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "CompetencyGapRollup", "OrganisationHeadcount", "CourseActivity", "OrganisationActivity" IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM "CompetencyGapRollup";
  INSERT INTO "CompetencyGapRollup" SELECT * FROM "expected_gap_rollup"();
  DELETE FROM "OrganisationHeadcount";
  INSERT INTO "OrganisationHeadcount" SELECT * FROM "expected_headcount"();
  DELETE FROM "CourseActivity";
  INSERT INTO "CourseActivity" SELECT * FROM "expected_course_activity"();
  DELETE FROM "OrganisationActivity";
  INSERT INTO "OrganisationActivity" SELECT * FROM "expected_organisation_activity"();
END
$$;

-- Fill them for the rows already here.
SELECT "rebuild_report_rollups"();
