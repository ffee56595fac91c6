-- Course activity and competency gaps become readable per subtree: a report reads its own
-- scope's rows instead of summing every organisation below it. Both are refilled from the raw
-- rows at the end of this migration.

-- The course roll-up changes grain (organisation → subtree, with shards): empty it first.
DELETE FROM "CourseActivity";

-- DropIndex
DROP INDEX "CourseActivity_organisationId_idx";

-- AlterTable
ALTER TABLE "CourseActivity" DROP CONSTRAINT "CourseActivity_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL,
ADD CONSTRAINT "CourseActivity_pkey" PRIMARY KEY ("organisationId", "courseId", "shard");

-- CreateTable
CREATE TABLE "CompetencyGapSubtree" (
    "organisationId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "requiredLevel" SMALLINT NOT NULL,
    "heldLevel" SMALLINT NOT NULL,
    "shard" SMALLINT NOT NULL,
    "officials" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CompetencyGapSubtree_pkey" PRIMARY KEY ("organisationId","competencyId","requiredLevel","heldLevel","shard")
);

-- CreateIndex
CREATE INDEX "CourseActivity_courseId_idx" ON "CourseActivity"("courseId");

-- ───────────────────────── Subtrees ─────────────────────────

-- Stands for the whole government in the subtree roll-ups (no organisation has this id).
CREATE FUNCTION "government_scope_id"() RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT '00000000-0000-0000-0000-000000000000'::uuid
$$;

-- Every subtree an organisation's officials count in: the organisation, each ancestor, and the
-- government. In id order (the government's all-zero id first), so writers lock rows in one order.
CREATE FUNCTION "subtree_scopes"(org uuid) RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT scope FROM (
    SELECT "ancestorId" AS scope FROM "OrganisationClosure" WHERE "descendantId" = org
    UNION ALL
    SELECT "government_scope_id"()
  ) scopes ORDER BY scope
$$;

-- The shard of a detailed gap bucket: its officials' subtree rows share one shard, so the
-- subtree roll-up can be recomputed from the detailed one.
CREATE FUNCTION "gap_bucket_shard"(org uuid, pos uuid, des text, grp text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (abs(hashtext(org::text || pos::text || coalesce(des, '') || '|' || coalesce(grp, ''))) % 4)::smallint
$$;

-- ───────────────────────── Competency gaps per subtree ─────────────────────────

CREATE FUNCTION "gap_subtree_add"(org uuid, pos uuid, des text, grp text, competency uuid, required smallint, held smallint, delta integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapSubtree" AS s ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard", "officials")
  SELECT scope, competency, required, held, "gap_bucket_shard"(org, pos, des, grp), delta
  FROM "subtree_scopes"(org) AS scope
  ON CONFLICT ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard")
  DO UPDATE SET "officials" = s."officials" + EXCLUDED."officials"
$$;

-- The detailed bucket and every subtree above it move together.
CREATE OR REPLACE FUNCTION "gap_rollup_add"(org uuid, pos uuid, des text, grp text, competency uuid, required smallint, held smallint, delta integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapRollup" ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  VALUES (org, pos, des, grp, competency, required, held, delta)
  ON CONFLICT ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel")
  DO UPDATE SET "officials" = "CompetencyGapRollup"."officials" + EXCLUDED."officials";
  SELECT "gap_subtree_add"(org, pos, des, grp, competency, required, held, delta);
$$;

CREATE OR REPLACE FUNCTION "gap_rollup_official"(official uuid, org uuid, pos uuid, des text, grp text, sign integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapRollup" AS r ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  SELECT org, pos, coalesce(des, ''), coalesce(grp, ''), req."competencyId", req."requiredLevel",
         least(coalesce(oc."level", 0), req."requiredLevel")::smallint, sign
  FROM "position_requirements"(pos) req
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = official AND oc."competencyId" = req."competencyId"
  ORDER BY req."competencyId"
  ON CONFLICT ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel")
  DO UPDATE SET "officials" = r."officials" + EXCLUDED."officials";
  INSERT INTO "CompetencyGapSubtree" AS s ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard", "officials")
  SELECT scope, req."competencyId", req."requiredLevel", least(coalesce(oc."level", 0), req."requiredLevel")::smallint,
         "gap_bucket_shard"(org, pos, coalesce(des, ''), coalesce(grp, '')), sign
  FROM "position_requirements"(pos) req
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = official AND oc."competencyId" = req."competencyId"
  CROSS JOIN "subtree_scopes"(org) AS scope
  ORDER BY req."competencyId", 4, scope
  ON CONFLICT ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard")
  DO UPDATE SET "officials" = s."officials" + EXCLUDED."officials";
$$;

-- Adds (sign 1) or takes away (sign -1) the detailed buckets of these posts from every subtree
-- above them.
CREATE FUNCTION "gap_subtree_add_positions"(positions uuid[], sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CompetencyGapSubtree" AS s ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard", "officials")
  SELECT scope.id, r."competencyId", r."requiredLevel", r."heldLevel",
         "gap_bucket_shard"(r."organisationId", r."fracPositionId", r."designation", r."serviceGroup"), sign * sum(r."officials")::int
  FROM "CompetencyGapRollup" r
  CROSS JOIN LATERAL (
    SELECT c."ancestorId" AS id FROM "OrganisationClosure" c WHERE c."descendantId" = r."organisationId"
    UNION ALL SELECT "government_scope_id"()
  ) scope
  WHERE r."fracPositionId" = ANY(positions)
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 2, 4, 1
  ON CONFLICT ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard")
  DO UPDATE SET "officials" = s."officials" + EXCLUDED."officials"
$$;

-- What a post requires changed: its officials' detailed buckets are recomputed from the raw rows,
-- and the subtree rows lose the old buckets and gain the new. Table locks make concurrent
-- held-level changes wait, so none lands on a bucket this is replacing.
CREATE OR REPLACE FUNCTION "gap_rollup_rebuild_positions"(positions uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF positions IS NULL OR cardinality(positions) = 0 THEN RETURN; END IF;
  LOCK TABLE "CompetencyGapRollup", "CompetencyGapSubtree" IN SHARE ROW EXCLUSIVE MODE;
  PERFORM "gap_subtree_add_positions"(positions, -1);
  DELETE FROM "CompetencyGapRollup" WHERE "fracPositionId" = ANY(positions);
  INSERT INTO "CompetencyGapRollup" ("organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials")
  SELECT u."organisationId", u."fracPositionId", coalesce(u."designation", ''), coalesce(u."group"::text, ''), req."competencyId", req."requiredLevel",
         least(coalesce(oc."level", 0), req."requiredLevel")::smallint, count(*)::int
  FROM "User" u
  CROSS JOIN LATERAL "position_requirements"(u."fracPositionId") req
  LEFT JOIN "OfficialCompetency" oc ON oc."userId" = u."id" AND oc."competencyId" = req."competencyId"
  WHERE u."fracPositionId" = ANY(positions) AND u."status" = 'ACTIVE' AND u."organisationId" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
  PERFORM "gap_subtree_add_positions"(positions, 1);
END
$$;

CREATE FUNCTION "expected_gap_subtree"()
RETURNS TABLE ("organisationId" uuid, "competencyId" uuid, "requiredLevel" smallint, "heldLevel" smallint, "shard" smallint, "officials" integer)
LANGUAGE sql STABLE AS $$
  SELECT scope.id, e."competencyId", e."requiredLevel", e."heldLevel",
         "gap_bucket_shard"(e."organisationId", e."fracPositionId", e."designation", e."serviceGroup"), sum(e."officials")::int
  FROM "expected_gap_rollup"() e
  CROSS JOIN LATERAL (
    SELECT c."ancestorId" AS id FROM "OrganisationClosure" c WHERE c."descendantId" = e."organisationId"
    UNION ALL SELECT "government_scope_id"()
  ) scope
  GROUP BY 1, 2, 3, 4, 5
$$;

-- ───────────────────────── Course activity per subtree ─────────────────────────

DROP FUNCTION "course_activity_add"(uuid, uuid, integer, integer);

CREATE FUNCTION "course_activity_add"(official uuid, course uuid, org uuid, enrolments integer, completions integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CourseActivity" AS c ("courseId", "organisationId", "shard", "enrolments", "completions")
  SELECT course, scope, "report_shard"(official), enrolments, completions
  FROM "subtree_scopes"(org) AS scope
  ON CONFLICT ("organisationId", "courseId", "shard") DO UPDATE SET
    "enrolments" = c."enrolments" + EXCLUDED."enrolments",
    "completions" = c."completions" + EXCLUDED."completions"
$$;

CREATE OR REPLACE FUNCTION "activity_follow_enrolment"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM "course_activity_add"(OLD."userId", OLD."courseId", org, -old_enrolled::int, -old_completed::int);
  END IF;
  IF new_enrolled THEN
    PERFORM "activity_add"(org, NEW."userId", "ist_date"(NEW."enrolledAt"), 1, 0, 0, 0, 0, 0, 0);
  END IF;
  IF new_completed THEN
    PERFORM "activity_add"(org, NEW."userId", "ist_date"(NEW."completedAt"), 0, 1, 0, 0, 0, 0, 0);
  END IF;
  IF new_enrolled OR new_completed THEN
    PERFORM "course_activity_add"(NEW."userId", NEW."courseId", org, new_enrolled::int, new_completed::int);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "activity_move_official"(official uuid, from_org uuid, to_org uuid) RETURNS void LANGUAGE plpgsql AS $$
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
    PERFORM "course_activity_add"(official, e."courseId", side.org, side.sign * (e."status" <> 'WITHDRAWN')::int,
                                  side.sign * (e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL)::int)
    FROM "Enrolment" e WHERE e."userId" = official
    ORDER BY e."courseId";
  END LOOP;
END
$$;

DROP FUNCTION "expected_course_activity"();
CREATE FUNCTION "expected_course_activity"()
RETURNS TABLE ("courseId" uuid, "organisationId" uuid, "enrolments" integer, "completions" integer, "shard" smallint) LANGUAGE sql STABLE AS $$
  WITH per_org AS (
    SELECT e."courseId", u."organisationId", "report_shard"(e."userId") AS shard,
           count(*) FILTER (WHERE e."status" <> 'WITHDRAWN')::int AS enrolments,
           count(*) FILTER (WHERE e."status" = 'COMPLETED' AND e."completedAt" IS NOT NULL)::int AS completions
    FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId"
    WHERE u."organisationId" IS NOT NULL
    GROUP BY 1, 2, 3
  )
  SELECT p."courseId", scope.id, sum(p.enrolments)::int, sum(p.completions)::int, p.shard
  FROM per_org p
  CROSS JOIN LATERAL (
    SELECT c."ancestorId" AS id FROM "OrganisationClosure" c WHERE c."descendantId" = p."organisationId"
    UNION ALL SELECT "government_scope_id"()
  ) scope
  GROUP BY 1, 2, 5
$$;

CREATE OR REPLACE FUNCTION "rebuild_report_rollups"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "CompetencyGapRollup", "CompetencyGapSubtree", "OrganisationHeadcount", "CourseActivity", "OrganisationActivity" IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM "CompetencyGapRollup";
  INSERT INTO "CompetencyGapRollup" SELECT * FROM "expected_gap_rollup"();
  DELETE FROM "CompetencyGapSubtree";
  INSERT INTO "CompetencyGapSubtree" ("organisationId", "competencyId", "requiredLevel", "heldLevel", "shard", "officials")
  SELECT scope.id, r."competencyId", r."requiredLevel", r."heldLevel",
         "gap_bucket_shard"(r."organisationId", r."fracPositionId", r."designation", r."serviceGroup"), sum(r."officials")::int
  FROM "CompetencyGapRollup" r
  CROSS JOIN LATERAL (
    SELECT c."ancestorId" AS id FROM "OrganisationClosure" c WHERE c."descendantId" = r."organisationId"
    UNION ALL SELECT "government_scope_id"()
  ) scope
  GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM "OrganisationHeadcount";
  INSERT INTO "OrganisationHeadcount" SELECT * FROM "expected_headcount"();
  DELETE FROM "CourseActivity";
  INSERT INTO "CourseActivity" ("courseId", "organisationId", "enrolments", "completions", "shard") SELECT * FROM "expected_course_activity"();
  DELETE FROM "OrganisationActivity";
  INSERT INTO "OrganisationActivity" SELECT * FROM "expected_organisation_activity"();
END
$$;

SELECT "rebuild_report_rollups"();
