/** Every job-board connector, by the name used in the CLI, the run log and the API. */
import type { SourceName } from "../offer.ts";
import { adzuna } from "./adzuna.ts";
import { arbeitnow } from "./arbeitnow.ts";
import type { Connector } from "./connector.ts";
import { francetravail } from "./francetravail.ts";
import { freework } from "./freework.ts";
import { himalayas } from "./himalayas.ts";
import { remoteok } from "./remoteok.ts";
import { remotive } from "./remotive.ts";

export const CONNECTORS: Record<SourceName, Connector> = { francetravail, adzuna, remotive, remoteok, arbeitnow, himalayas, freework };
