/** The Slack channel (Bolt 5): see slack-app.ts. */
export { type SlackChannel, type SlackCore, type SlackOptions, startSlack } from "./slack-app.ts";
