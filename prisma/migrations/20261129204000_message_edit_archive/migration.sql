-- Archiving a conversation is personal: it leaves the member's default list until a new message arrives.
ALTER TABLE "ConversationMember" ADD COLUMN "archivedAt" TIMESTAMP(3);
-- An edited or deleted message updates the chat message that announced it (the outbox row that does it).
ALTER TYPE "DeliveryKind" ADD VALUE 'message_updated';
