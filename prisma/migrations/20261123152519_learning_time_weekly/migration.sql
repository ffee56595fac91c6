-- CreateTable
CREATE TABLE "LearningTimeWeekly" (
    "userId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "seconds" INTEGER NOT NULL DEFAULT 0,
    "competencyLinkedSeconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearningTimeWeekly_pkey" PRIMARY KEY ("userId","weekStart")
);

-- CreateIndex
CREATE INDEX "LearningTimeWeekly_weekStart_competencyLinkedSeconds_userId_idx" ON "LearningTimeWeekly"("weekStart", "competencyLinkedSeconds" DESC, "userId");

-- AddForeignKey
ALTER TABLE "LearningTimeWeekly" ADD CONSTRAINT "LearningTimeWeekly_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Monday of the IST week a day belongs to (days are already IST calendar dates).
CREATE FUNCTION "learning_week_start"(day date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT day - (extract(isodow FROM day)::int - 1)
$$;

-- Keeps LearningTimeWeekly equal to the sum of LearningTimeDaily for every writer (the app,
-- the seed, corrections): an old row's time leaves its week, a new row's time joins its week.
CREATE FUNCTION "learning_time_weekly_follow_daily"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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

CREATE TRIGGER "LearningTimeDaily_weekly_total" AFTER INSERT OR UPDATE OR DELETE ON "LearningTimeDaily"
  FOR EACH ROW EXECUTE FUNCTION "learning_time_weekly_follow_daily"();

-- The weeks already recorded.
INSERT INTO "LearningTimeWeekly" ("userId", "weekStart", "seconds", "competencyLinkedSeconds")
SELECT "userId", "learning_week_start"("day"), sum("seconds")::int, sum("competencyLinkedSeconds")::int
FROM "LearningTimeDaily"
GROUP BY 1, 2;

-- The few officials who are not active, so a board can count everyone ahead from the weekly
-- index alone and take these away, instead of joining every row to User.
CREATE INDEX "User_not_active_idx" ON "User" ("id") WHERE "status" <> 'ACTIVE';
