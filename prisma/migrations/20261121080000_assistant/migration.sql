-- The REST assistant endpoint keeps its dialog state under an "api" identity.
ALTER TYPE "IdentityProvider" ADD VALUE 'api';
