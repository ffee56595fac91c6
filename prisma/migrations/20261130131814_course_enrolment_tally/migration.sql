-- CreateTable
CREATE TABLE "CourseEnrolmentTally" (
    "courseId" UUID NOT NULL,
    "shard" SMALLINT NOT NULL,
    "enrolments" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourseEnrolmentTally_pkey" PRIMARY KEY ("courseId","shard")
);

-- AddForeignKey
ALTER TABLE "CourseEnrolmentTally" ADD CONSTRAINT "CourseEnrolmentTally_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Which of a course's 16 tally rows an official's enrolment counts in.
CREATE FUNCTION "enrolment_tally_shard"(official uuid) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (abs(hashtext(official::text)) % 16)::smallint
$$;

-- Statement-level, over the transition tables: a plan enrolling 100,000 officials in one INSERT
-- adds to each (course, shard) row once, not once per official. Rows are written in key order so
-- two statements touching the same rows cannot deadlock.
CREATE FUNCTION "enrolment_tally_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CourseEnrolmentTally" AS t ("courseId", "shard", "enrolments")
  SELECT "courseId", "enrolment_tally_shard"("userId"), count(*)::int
    FROM new_rows WHERE "status" <> 'WITHDRAWN'
   GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("courseId", "shard") DO UPDATE SET "enrolments" = t."enrolments" + EXCLUDED."enrolments";
  RETURN NULL;
END
$$;

CREATE FUNCTION "enrolment_tally_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CourseEnrolmentTally" AS t ("courseId", "shard", "enrolments")
  SELECT d."courseId", d."shard", sum(d.n)::int
    FROM (
      SELECT "courseId", "enrolment_tally_shard"("userId") AS "shard", 1 AS n FROM new_rows WHERE "status" <> 'WITHDRAWN'
      UNION ALL
      SELECT "courseId", "enrolment_tally_shard"("userId"), -1 FROM old_rows WHERE "status" <> 'WITHDRAWN'
    ) d
   GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
  ON CONFLICT ("courseId", "shard") DO UPDATE SET "enrolments" = t."enrolments" + EXCLUDED."enrolments";
  RETURN NULL;
END
$$;

CREATE FUNCTION "enrolment_tally_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CourseEnrolmentTally" t SET "enrolments" = t."enrolments" - d.n
    FROM (SELECT "courseId", "enrolment_tally_shard"("userId") AS "shard", count(*)::int AS n
            FROM old_rows WHERE "status" <> 'WITHDRAWN' GROUP BY 1, 2) d
   WHERE t."courseId" = d."courseId" AND t."shard" = d."shard";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_tally_insert" AFTER INSERT ON "Enrolment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "enrolment_tally_after_insert"();
CREATE TRIGGER "Enrolment_tally_update" AFTER UPDATE ON "Enrolment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "enrolment_tally_after_update"();
CREATE TRIGGER "Enrolment_tally_delete" AFTER DELETE ON "Enrolment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "enrolment_tally_after_delete"();

-- Copies the tallies into Course.enrolmentCount where they differ; returns how many courses moved.
-- The worker runs it every minute, so no enrolment ever waits on the Course row.
CREATE FUNCTION "roll_up_course_enrolments"() RETURNS integer LANGUAGE sql AS $$
  WITH fresh AS (
    SELECT "courseId", sum("enrolments")::int AS n FROM "CourseEnrolmentTally" GROUP BY 1
  ), changed AS (
    UPDATE "Course" c SET "enrolmentCount" = fresh.n FROM fresh
     WHERE c."id" = fresh."courseId" AND c."enrolmentCount" <> fresh.n
    RETURNING 1
  )
  SELECT count(*)::int FROM changed
$$;

INSERT INTO "CourseEnrolmentTally" ("courseId", "shard", "enrolments")
SELECT "courseId", "enrolment_tally_shard"("userId"), count(*)::int
  FROM "Enrolment" WHERE "status" <> 'WITHDRAWN'
 GROUP BY 1, 2;
SELECT "roll_up_course_enrolments"();
