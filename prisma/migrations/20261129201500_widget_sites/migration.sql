-- Website-widget sites: the key a <script data-site> names, the origins allowed to use it,
-- its looks, and the identity secret (sealed with RELAIS_ENCRYPTION_KEY like ChannelInstallation).
CREATE TABLE "WidgetSite" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "allowedOrigins" TEXT[],
    "theme" JSONB NOT NULL DEFAULT '{}',
    "defaultLocale" "Locale" NOT NULL DEFAULT 'fr',
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WidgetSite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WidgetSite_key_key" ON "WidgetSite"("key");

-- A one-time code a website guest types in the widget to sign up or sign in by email.
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'widget_sign_in';
