/** The Microsoft Teams channel (Microsoft 365 Agents SDK): see teams-app.ts. */
export { startTeams, type TeamsChannel, type TeamsCore, type TeamsOptions } from "./teams-app.ts";
