-- Archiving a conversation is personal: it leaves the member's default list until a new message arrives.
ALTER TABLE "ConversationMember" ADD COLUMN "archivedAt" TIMESTAMP(3);
-- An edited or deleted message updates the chat message that announced it (the outbox row that does it).
ALTER TYPE "DeliveryKind" ADD VALUE 'message_updated';

-- The member's assistant history, on every channel (GET /api/v1/assistant/history).
CREATE TABLE "AssistantTurnLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "text" TEXT,
    "pressed" BOOLEAN NOT NULL DEFAULT false,
    "replies" JSONB NOT NULL,
    "intent" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistantTurnLog_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AssistantTurnLog_userId_createdAt_idx" ON "AssistantTurnLog"("userId", "createdAt");
ALTER TABLE "AssistantTurnLog" ADD CONSTRAINT "AssistantTurnLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
