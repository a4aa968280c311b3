-- Shared conversations (a Teams team's channel, a group chat) where the app was added: how to write there later.
CREATE TABLE "ChatPlace" (
    "id" TEXT NOT NULL,
    "provider" "DeliveryChannel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "workspaceId" TEXT,
    "name" TEXT,
    "address" JSONB NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ChatPlace_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ChatPlace_provider_externalId_key" ON "ChatPlace"("provider", "externalId");
