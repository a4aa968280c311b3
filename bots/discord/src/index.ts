export { DiscordChannelPort } from "./channel-port.ts";
export { registerCommands, relaisCommands } from "./commands.ts";
export { type DiscordChannel, type DiscordOptions, startDiscord } from "./discord-app.ts";
