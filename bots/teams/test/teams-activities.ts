/**
 * TEST ONLY. Activities shaped like the ones Teams posts to a bot (captured from Teams' web
 * client through an Azure Bot, ids replaced): a personal-chat message, a channel post
 * mentioning the app, a group-chat message, an `adaptiveCard/action` invoke, an Action.Submit
 * message, the app's installation in a personal scope. Posted with or without a token.
 */
export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const BOT_ID = "28:5d7c2a2e-1c54-4d7a-9a47-0c1d9b8f3e21";
export const BOT_NAME = "Relais";

export type Member = { id: string; aad: string; name: string; locale?: string };

export const ZOE: Member = {
  id: "29:1ZoeMartinAbCdEfGhIjKlMnOpQrStUvWxYz",
  aad: "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e",
  name: "Zoé Martin",
  locale: "fr-FR",
};
export const SAM: Member = {
  id: "29:1SamCarterAbCdEfGhIjKlMnOpQrStUvWxYz",
  aad: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  name: "Sam Carter",
  locale: "en-US",
};

export const personalConversationOf = (member: Member) => `a:1${member.aad.replace(/-/g, "")}PersonalChatWithRelais`;
export const CHANNEL = "19:d8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4@thread.tacv2";
export const GROUP_CHAT = "19:meeting_Zjk4ZTRkYjQtNDQ0Ni00ZDg3@thread.v2";

let sequence = 0;
const nextId = () => `17${String(Date.now()).slice(-9)}${String(++sequence).padStart(3, "0")}`;

function base(member: Member, serviceUrl: string, conversation: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: nextId(),
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    from: { id: member.id, name: member.name, aadObjectId: member.aad },
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    locale: member.locale ?? "en-US",
    entities: [{ type: "clientInfo", locale: member.locale ?? "en-US", country: "FR", platform: "Web", timezone: "Europe/Paris" }],
    ...extra,
  };
}

export function personalMessage(text: string, member: Member, serviceUrl: string, extra: Record<string, unknown> = {}) {
  return {
    ...base(member, serviceUrl, { conversationType: "personal", id: personalConversationOf(member) }),
    type: "message",
    text,
    textFormat: "plain",
    ...extra,
  };
}

/** A new post in a team's channel mentioning the app: `<at>Relais</at> …`, its own thread. */
export function channelMention(text: string, member: Member, serviceUrl: string) {
  const activity = base(member, serviceUrl, { conversationType: "channel", isGroup: true, id: "" });
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...activity,
    type: "message",
    conversation: { ...activity.conversation, id: `${CHANNEL};messageid=${activity.id}` },
    text: `${mention} ${text}`,
    textFormat: "plain",
    entities: [...activity.entities, { type: "mention", text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
    channelData: {
      ...activity.channelData,
      teamsChannelId: CHANNEL,
      teamsTeamId: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2",
      channel: { id: CHANNEL },
      team: { id: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2" },
    },
  };
}

export function groupMessage(text: string, member: Member, serviceUrl: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "groupChat", isGroup: true, id: GROUP_CHAT }),
    type: "message",
    text,
    textFormat: "plain",
  };
}

/** A group-chat message mentioning the app (`<at>Relais</at> …`). */
export function groupMention(text: string, member: Member, serviceUrl: string) {
  const activity = groupMessage(text, member, serviceUrl);
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...activity,
    text: `${mention} ${text}`,
    entities: [...activity.entities, { type: "mention", text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
  };
}

/** A button of a card pressed in a client with universal actions. */
export function executeInvoke(data: unknown, member: Member, serviceUrl: string, cardMessageId: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "personal", id: personalConversationOf(member) }),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: cardMessageId,
    value: { action: { type: "Action.Execute", verb: "relais", data }, trigger: "manual" },
  };
}

/** The same button in an older client: a message whose `value` is the button's data. */
export function submitMessage(data: unknown, member: Member, serviceUrl: string, cardMessageId: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "personal", id: personalConversationOf(member) }),
    type: "message",
    replyToId: cardMessageId,
    value: data,
    channelData: { tenant: { id: TENANT }, postBack: true },
  };
}

/** The app added to a member's personal scope (Teams sends this before any message). */
export function personalInstall(member: Member, serviceUrl: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "personal", id: personalConversationOf(member) }),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    channelData: { tenant: { id: TENANT }, eventType: "teamMemberAdded" },
  };
}

export async function postActivity(url: string, activity: unknown, token?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** A dialog (task module) opened (`task/fetch`) or submitted (`task/submit`) with the card's data and inputs. */
export function taskInvoke(name: "task/fetch" | "task/submit", data: unknown, member: Member, serviceUrl: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "personal", id: personalConversationOf(member) }),
    type: "invoke",
    name,
    value: { data, context: { theme: "default" } },
  };
}

export const TEAM = { id: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2", name: "Voisins du 3e" };

/** The app added to (or removed from) a team by `member`: Teams posts this in the team's General channel. */
export function teamInstall(member: Member, serviceUrl: string, change: "added" | "removed" = "added") {
  const activity = base(member, serviceUrl, { conversationType: "channel", isGroup: true, id: TEAM.id });
  return {
    ...activity,
    type: "conversationUpdate",
    ...(change === "added" ? { membersAdded: [{ id: BOT_ID }] } : { membersRemoved: [{ id: BOT_ID }] }),
    channelData: {
      ...activity.channelData,
      eventType: change === "added" ? "teamMemberAdded" : "teamMemberRemoved",
      team: { id: TEAM.id, name: TEAM.name, aadGroupId: "0f0e0d0c-0b0a-4909-8807-060504030201" },
      settings: { selectedChannel: { id: TEAM.id } },
    },
  };
}

/** The app added to a group chat by `member`. */
export function groupInstall(member: Member, serviceUrl: string) {
  return {
    ...base(member, serviceUrl, { conversationType: "groupChat", isGroup: true, id: GROUP_CHAT }),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    channelData: { tenant: { id: TENANT }, eventType: "teamMemberAdded" },
  };
}
