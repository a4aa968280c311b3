/**
 * Bridges the core event bus across instances over Redis pub/sub: every event published here
 * is published to the channel, and every event another instance published is handed to this
 * bus's "any" listeners (the delivery worker waking up, matching rounds hearing of a listing
 * changed elsewhere). Events published while Redis is down wait on their connection and go
 * out, in order, when it is back; they only announce rows already committed, and the workers
 * also poll, so even a lost one delays work without losing data.
 */
import { randomUUID } from "node:crypto";
import { closeConnection, type Redis, type RedisLink } from "../redis/redis.ts";
import { type CoreEvents, type EventBus, isCoreEvent } from "./bus.ts";

export const EVENTS_CHANNEL = "relais:events";

type Envelope = { from: string; event: keyof CoreEvents; payload: unknown };

export type EventBridge = { instanceId: string; close(): Promise<void> };

export async function bridgeEventsOverRedis(
  bus: EventBus,
  redis: RedisLink,
  onError: (error: unknown) => void = () => {},
): Promise<EventBridge> {
  const instanceId = randomUUID();
  const subscriber: Redis = redis.connection("relais-events");
  const publisher: Redis = redis.connection("relais-events-out", { queueWhileDown: true });
  subscriber.on("message", (channel: string, raw: string) => {
    if (channel !== EVENTS_CHANNEL) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch (error) {
      return onError(error);
    }
    if (envelope.from === instanceId || !isCoreEvent(envelope.event) || typeof envelope.payload !== "object") return;
    bus.receive(envelope.event, envelope.payload as CoreEvents[typeof envelope.event]);
  });
  // ioredis subscribes again by itself after a reconnection.
  await subscriber.subscribe(EVENTS_CHANNEL);
  bus.relayTo((event, payload) => {
    const envelope: Envelope = { from: instanceId, event, payload };
    publisher.publish(EVENTS_CHANNEL, JSON.stringify(envelope)).catch(onError);
  });
  return {
    instanceId,
    async close() {
      bus.relayTo(undefined);
      await closeConnection(subscriber);
      await closeConnection(publisher);
    },
  };
}
