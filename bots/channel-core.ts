/**
 * What a chat channel needs from core, the same for every platform (the composition root,
 * api/src/channels.ts, provides it): adapters translate a platform's payloads into these calls
 * and render what comes back, nothing else.
 */
import type { TurnIdentity } from "@relais/core/assistant/assistant";
import type { Reply } from "@relais/core/assistant/reply";
import type { Turn } from "@relais/core/assistant/turn";
import type { ReplyTarget } from "@relais/core/delivery/enqueue";
import type { Locale } from "@relais/core/i18n/messages";
import type { ListingForm, ListingFormResult, ListingFormValues } from "@relais/core/listings/listing-form";

export type ChannelCore = {
  /**
   * Runs one turn (dedupe, dialog, services) and gives the replies to show; `replayed` when the
   * event was answered before (a platform's retry): nothing is posted again.
   */
  handle(turn: Turn, options?: { onToken?: (token: string) => void }): Promise<{ replies: Reply[]; replayed?: boolean }>;
  /** The member's overview (listings, proposals, conversations) with working buttons. */
  overview(identity: TurnIdentity, channel: NonNullable<Turn["channel"]>, locale?: Locale): Promise<Reply[]>;
  /** The form to post a listing, in the member's language (prefilled from a message). */
  listingForm(identity: TurnIdentity, locale: Locale | undefined, initial: ListingFormValues): Promise<ListingForm>;
  /** Posts the listing a submitted form describes (photos through the image service), or says per field what is wrong. */
  submitListingForm(
    identity: TurnIdentity,
    locale: Locale | undefined,
    values: ListingFormValues,
    photos: Uint8Array[],
  ): Promise<ListingFormResult>;
  /** The member's listings they can edit, and the edit form of one of them; its submission. */
  editableListings(identity: TurnIdentity): Promise<{ id: string; title: string }[]>;
  editListingForm(identity: TurnIdentity, locale: Locale | undefined, listingId: string): Promise<ListingForm>;
  submitEditListingForm(
    identity: TurnIdentity,
    locale: Locale | undefined,
    listingId: string,
    values: ListingFormValues,
    photos: Uint8Array[],
  ): Promise<ListingFormResult>;
  /**
   * The listing a pressed button offers to edit ("Modifier" on one of the member's listings), for
   * channels that open the edit form instead; undefined for any other button.
   */
  listingToEdit?(identity: TurnIdentity, actionId: string): Promise<string | undefined>;
  /**
   * Queues answers in the delivery outbox, in order: the worker posts them through the
   * platform's port (`target`: where the member spoke), retrying 429s and 5xx and recording each post.
   */
  deliver(identity: TurnIdentity, replies: Reply[], target: ReplyTarget): Promise<void>;
  /** What a member may mean while typing a place or a category (autocomplete), in their language; at most 25. */
  suggest(field: "place" | "category", typed: string, locale: Locale): Promise<{ label: string; value: string }[]>;
  /** Remembers where a member can be written to later (their DM with the app). */
  rememberAddress?(identity: TurnIdentity, address: { dmChannelId: string; workspaceId?: string }): Promise<void>;
};
