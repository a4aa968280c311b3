/**
 * Bolt's `InstallationStore` on Relais' encrypted installations (core/src/installations): one
 * row per Slack team (or Enterprise Grid organisation for org-wide installs), the whole
 * installation Slack gave (bot token, refresh token and expiry when token rotation is on)
 * sealed with RELAIS_ENCRYPTION_KEY; the team name and bot user id stay readable.
 *
 * @see https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
 */
import type { Installation, InstallationQuery, InstallationStore } from "@slack/oauth";

/** What the Slack channel needs from core to keep installations. */
export type SlackInstallations = {
  save(workspaceId: string, credentials: Record<string, unknown>, metadata: Record<string, unknown>): Promise<void>;
  get(workspaceId: string): Promise<Record<string, unknown> | null>;
  remove(workspaceId: string): Promise<boolean>;
};

/** The key of an installation: the organisation for org-wide installs, else the team. */
export function workspaceOf(query: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string | undefined {
  return query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
}

export class SlackInstallationStore implements InstallationStore {
  private readonly installations: SlackInstallations;

  constructor(installations: SlackInstallations) {
    this.installations = installations;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const workspaceId = workspaceOf({
      isEnterpriseInstall: installation.isEnterpriseInstall ?? false,
      ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
      ...(installation.team?.id ? { teamId: installation.team.id } : {}),
    });
    if (!workspaceId) throw new Error("Slack installation without a team or an organisation");
    await this.installations.save(workspaceId, installation as unknown as Record<string, unknown>, {
      ...(installation.team?.name ? { teamName: installation.team.name } : {}),
      ...(installation.bot?.userId ? { botUserId: installation.bot.userId } : {}),
    });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const workspaceId = workspaceOf(query);
    const found = workspaceId ? await this.installations.get(workspaceId) : null;
    // Bolt answers "not authorized" for a team that has not installed the app (or removed it).
    if (!found) throw new Error(`Relais is not installed in Slack workspace ${workspaceId ?? "(unknown)"}`);
    return found as unknown as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const workspaceId = workspaceOf(query);
    if (workspaceId) await this.installations.remove(workspaceId);
  }
}
