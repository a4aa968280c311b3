import { describe, expect, it } from "vitest";
import { appMention, botEcho, buttonClick, directMessage, slashCommand } from "../test/slack-requests.ts";
import { actionToTurn, commandToTurn, eventToTurn, plainTextOf } from "./to-turn.ts";

const body = (request: { rawBody: string }) => JSON.parse(request.rawBody);
const formPayload = (request: { rawBody: string }) => JSON.parse(new URLSearchParams(request.rawBody).get("payload") ?? "{}");
const form = (request: { rawBody: string }) => Object.fromEntries(new URLSearchParams(request.rawBody));

describe("Slack payloads to turns", () => {
  it("reads a top-level DM as a direct turn of slack:<team>:<user> with the event id", () => {
    const request = directMessage("je cherche un vélo vers Lyon", { team: "T1", user: "U1", channel: "D1" });
    const translated = eventToTurn(body(request), { userId: "U0BOT" });
    expect(translated).toMatchObject({
      kind: "turn",
      turn: {
        identity: { provider: "slack", externalId: "T1:U1" },
        inboundId: body(request).event_id,
        channel: { provider: "slack", workspace: "T1", conversation: "D1", direct: true },
        text: "je cherche un vélo vers Lyon",
      },
    });
    expect(translated.kind === "turn" && translated.turn.channel?.thread).toBeUndefined();
  });

  it("keeps the agent-view thread of a DM", () => {
    const translated = eventToTurn(body(directMessage("salut", { team: "T1", user: "U1", channel: "D1", threadTs: "1700000000.000100" })));
    expect(translated.kind === "turn" && translated.turn.channel?.thread).toBe("1700000000.000100");
  });

  it("answers a mention in its thread and drops the bot's mention from the text", () => {
    const request = appMention("je cherche une perceuse", { team: "T1", user: "U1", channel: "C1" });
    const translated = eventToTurn(body(request), { userId: "U0BOT" });
    expect(translated).toMatchObject({
      kind: "turn",
      turn: { text: "je cherche une perceuse", channel: { conversation: "C1", thread: request.ts, direct: false } },
    });
  });

  it("takes a Slack Connect user's own team, not the installation's: the same user id in two teams is two members", () => {
    const here = eventToTurn(body(directMessage("hi", { team: "TA", user: "U1", channel: "D1" })));
    const connect = eventToTurn(body(directMessage("hi", { team: "TB", user: "U1", channel: "D1", installTeam: "TA" })));
    expect(here.kind === "turn" && here.turn.identity.externalId).toBe("TA:U1");
    expect(connect.kind === "turn" && connect.turn.identity.externalId).toBe("TB:U1");
    expect(connect.kind === "turn" && connect.turn.channel?.workspace).toBe("TA");
  });

  it("ignores bots, edits, joins and channel chatter without a mention", () => {
    expect(eventToTurn(body(botEcho("Voici", { team: "T1", user: "U1", channel: "D1" }))).kind).toBe("ignored");
    const edited = body(directMessage("x", { team: "T1", user: "U1", channel: "D1" }));
    edited.event.subtype = "message_changed";
    expect(eventToTurn(edited).kind).toBe("ignored");
    const chatter = body(directMessage("x", { team: "T1", user: "U1", channel: "C1" }));
    chatter.event.channel_type = "channel";
    expect(eventToTurn(chatter).kind).toBe("ignored");
    expect(eventToTurn({ type: "event_callback" }).kind).toBe("ignored");
  });

  it("reads /relais with its text and keeps the response_url as given", () => {
    const translated = commandToTurn(
      form(slashCommand("aide", { team: "T1", user: "U1", channel: "C1", responseUrl: "https://hooks.slack.com/commands/T1/1/abc" })),
    );
    expect(translated).toMatchObject({
      kind: "turn",
      turn: { identity: { externalId: "T1:U1" }, text: "aide", channel: { conversation: "C1", direct: false } },
      slack: { responseUrl: "https://hooks.slack.com/commands/T1/1/abc" },
    });
  });

  it("reads a pressed button as its action, with the message it was on; a quick reply's text as said", () => {
    const who = { team: "T1", user: "U1", channel: "D1", messageTs: "1700000000.000200", responseUrl: "https://hooks.slack.com/actions/x" };
    const pressed = actionToTurn(formPayload(buttonClick({ actionId: "Xy12ab", label: "Annuler" }, who)));
    expect(pressed).toMatchObject({
      kind: "turn",
      turn: {
        identity: { externalId: "T1:U1" },
        action: "Xy12ab",
        channel: { conversation: "D1", direct: true, messageId: "1700000000.000200" },
      },
      slack: { pressed: { actionId: "Xy12ab", label: "Annuler" } },
    });
    expect(pressed.kind === "turn" && pressed.turn.inboundId).toBe("act:1700000000.000200:Xy12ab");
    const said = actionToTurn(formPayload(buttonClick({ actionId: "relais_say:1", value: "aide", label: "Aide" }, who)));
    expect(said.kind === "turn" && said.turn.text).toBe("aide");
    expect(actionToTurn(formPayload(buttonClick({ actionId: "relais_link:0:0", label: "Ouvrir" }, who))).kind).toBe("ignored");
  });

  it("reads Slack's escapes and references as plain text", () => {
    expect(plainTextOf("<@U0BOT> vélo &amp; casque &lt;3 <https://x.test/a|ma page> <#C1|général> <@U2>", "U0BOT")).toBe(
      "vélo & casque <3 ma page #général @U2",
    );
  });
});
