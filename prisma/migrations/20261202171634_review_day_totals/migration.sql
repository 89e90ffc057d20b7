-- CreateTable
CREATE TABLE "ReviewDayTotal" (
    "userId" TEXT NOT NULL,
    "studyDay" DATE NOT NULL,
    "grade" TEXT NOT NULL,
    "checkpoint" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,
    "durationMs" BIGINT NOT NULL,

    CONSTRAINT "ReviewDayTotal_pkey" PRIMARY KEY ("userId","studyDay","grade","checkpoint")
);

-- AddForeignKey
ALTER TABLE "ReviewDayTotal" ADD CONSTRAINT "ReviewDayTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The function bodies are E'' strings with \073 for each semicolon: the migration runner (Prisma's pg
-- adapter) splits the script at every semicolon, even inside a quoted body.
-- Kept by triggers, so every path that writes "Review" (answers, undo, cascaded deletes of cards, notes and
-- accounts) keeps the totals exactly equal to counting the table. Statement-level triggers with transition
-- tables: a bulk statement costs one grouped upsert, a single answer one small upsert (in key order, so two
-- statements never wait on each other's rows in opposite orders).
CREATE FUNCTION "review_day_totals_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ReviewDayTotal" AS t ("userId", "studyDay", "grade", "checkpoint", "reviews", "durationMs")
  SELECT c."userId", c."studyDay", c."grade", c."checkpoint", sum(c."sign")::int, sum(c."sign" * c."durationMs")
  FROM (SELECT n."userId", n."studyDay", n."grade", coalesce(n."checkpoint", '''') AS "checkpoint", 1 AS "sign",
          n."durationMs"::bigint AS "durationMs"
        FROM "added" n WHERE n."undoneAt" IS NULL) c
  -- Rows of a deleted account (a cascade): its totals went with it.
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."userId")
  GROUP BY 1, 2, 3, 4
  HAVING sum(c."sign") <> 0 OR sum(c."sign" * c."durationMs") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("userId", "studyDay", "grade", "checkpoint") DO UPDATE
    SET "reviews" = t."reviews" + excluded."reviews", "durationMs" = t."durationMs" + excluded."durationMs"\073
  RETURN NULL\073
END ';
CREATE FUNCTION "review_day_totals_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ReviewDayTotal" AS t ("userId", "studyDay", "grade", "checkpoint", "reviews", "durationMs")
  SELECT c."userId", c."studyDay", c."grade", c."checkpoint", sum(c."sign")::int, sum(c."sign" * c."durationMs")
  FROM (SELECT o."userId", o."studyDay", o."grade", coalesce(o."checkpoint", '''') AS "checkpoint", -1 AS "sign",
          o."durationMs"::bigint AS "durationMs"
        FROM "removed" o WHERE o."undoneAt" IS NULL) c
  -- Rows of a deleted account (a cascade): its totals went with it.
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."userId")
  GROUP BY 1, 2, 3, 4
  HAVING sum(c."sign") <> 0 OR sum(c."sign" * c."durationMs") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("userId", "studyDay", "grade", "checkpoint") DO UPDATE
    SET "reviews" = t."reviews" + excluded."reviews", "durationMs" = t."durationMs" + excluded."durationMs"\073
  RETURN NULL\073
END ';
CREATE FUNCTION "review_day_totals_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ReviewDayTotal" AS t ("userId", "studyDay", "grade", "checkpoint", "reviews", "durationMs")
  SELECT c."userId", c."studyDay", c."grade", c."checkpoint", sum(c."sign")::int, sum(c."sign" * c."durationMs")
  FROM (SELECT n."userId", n."studyDay", n."grade", coalesce(n."checkpoint", '''') AS "checkpoint", 1 AS "sign",
          n."durationMs"::bigint AS "durationMs"
        FROM "added" n WHERE n."undoneAt" IS NULL
        UNION ALL
        SELECT o."userId", o."studyDay", o."grade", coalesce(o."checkpoint", '''') AS "checkpoint", -1 AS "sign",
          o."durationMs"::bigint AS "durationMs"
        FROM "removed" o WHERE o."undoneAt" IS NULL) c
  -- Rows of a deleted account (a cascade): its totals went with it.
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."userId")
  GROUP BY 1, 2, 3, 4
  HAVING sum(c."sign") <> 0 OR sum(c."sign" * c."durationMs") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("userId", "studyDay", "grade", "checkpoint") DO UPDATE
    SET "reviews" = t."reviews" + excluded."reviews", "durationMs" = t."durationMs" + excluded."durationMs"\073
  RETURN NULL\073
END ';

CREATE TRIGGER "review_day_totals_insert" AFTER INSERT ON "Review"
  REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "review_day_totals_insert"();
CREATE TRIGGER "review_day_totals_delete" AFTER DELETE ON "Review"
  REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "review_day_totals_delete"();
CREATE TRIGGER "review_day_totals_update" AFTER UPDATE ON "Review"
  REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "review_day_totals_update"();

-- The answers stored before this migration.
INSERT INTO "ReviewDayTotal" ("userId", "studyDay", "grade", "checkpoint", "reviews", "durationMs")
SELECT "userId", "studyDay", "grade", coalesce("checkpoint", ''), count(*)::int, sum("durationMs")::bigint
FROM "Review" WHERE "undoneAt" IS NULL
GROUP BY 1, 2, 3, 4;
