export { DiscordChannelPort } from "./channel-port.ts";
export { type DiscordChannel, type DiscordOptions, startDiscord } from "./discord-app.ts";
