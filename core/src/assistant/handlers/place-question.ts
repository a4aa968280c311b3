/**
 * A town said that the gazetteer cannot place alone: the member is asked which one, with a button
 * for each, and nothing is written or searched on a guess. "Boulogne" is Boulogne-Billancourt or
 * Boulogne-sur-Mer; "Atlantide" is no town, and the closest names are offered.
 */
import { resolvePlace, suggestPlaces, townsCalled } from "../../places/gazetteer.ts";
import type { Dialog } from "../dialog.ts";
import type { Intent, Slots } from "../intents.ts";

/** Asks which town `place` is and returns true, or returns false when it is a known town. */
export function askedWhichPlace(d: Dialog, intent: Intent, slots: Slots, place: string): boolean {
  if (resolvePlace(place)) return false;
  const shared = townsCalled(place);
  const names = shared.length > 0 ? shared : suggestPlaces(place);
  const { place: _unplaced, ...rest } = slots;
  const question =
    shared.length > 0
      ? d.t("as_which_place", { place: d.echo(place), list: shared.join(", ") })
      : d.t("as_unknown_place", {
          place: d.echo(place),
          suggestions: names.length ? d.t("as_place_suggestions", { list: names.join(", ") }) : "",
        });
  d.askFor(intent, { ...rest, placeChoices: names }, "place", question, {
    quickReplies: names.map((name) => ({ label: name, text: name })),
  });
  return true;
}
