-- One direct conversation per pair of members: a unique key makes concurrent opens race-safe.
ALTER TABLE "Conversation" ADD COLUMN "directKey" TEXT;

-- Existing direct conversations: the oldest of each pair takes the key (a duplicate, if any,
-- keeps its messages and simply stops being the one reopened).
UPDATE "Conversation" AS c
SET "directKey" = pairs."key"
FROM (
  SELECT DISTINCT ON ("key") "id", "key"
  FROM (
    SELECT m."conversationId" AS "id", string_agg(m."userId", ':' ORDER BY m."userId") AS "key", min(conv."createdAt") AS "createdAt"
    FROM "ConversationMember" AS m
    JOIN "Conversation" AS conv ON conv."id" = m."conversationId"
    WHERE conv."kind" = 'direct'
    GROUP BY m."conversationId"
    HAVING count(*) = 2
  ) AS keyed
  ORDER BY "key", "createdAt", "id"
) AS pairs
WHERE c."id" = pairs."id";

CREATE UNIQUE INDEX "Conversation_directKey_key" ON "Conversation"("directKey");
