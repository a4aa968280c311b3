/**
 * Regions people write after their town — counties, states, provinces, cantons: "Leek, Staffordshire", "Westport,
 * Co. Mayo", "Mudgee NSW", "Gatineau, Québec", "Ambert (Puy-de-Dôme)". They say where the town is; the town is the place.
 * Folded names (lower case, no accents, hyphens as spaces). The Irish and Northern Irish counties are also towns, so
 * they count as regions only after "Co." or "County".
 */
import { foldText } from "../text/normalize.ts";

const BRITISH_COUNTIES =
  "bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset essex gloucestershire " +
  "hampshire herefordshire hertfordshire lancashire leicestershire lincolnshire norfolk northamptonshire northumberland " +
  "nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire " +
  "worcestershire yorkshire merseyside anglesey gwynedd conwy denbighshire flintshire powys ceredigion pembrokeshire " +
  "carmarthenshire monmouthshire glamorgan aberdeenshire argyll ayrshire fife lanarkshire lothian moray perthshire " +
  "dumfriesshire caithness sutherland highlands";
const BRITISH_COMPOUNDS = [
  "east sussex",
  "west sussex",
  "north yorkshire",
  "south yorkshire",
  "west yorkshire",
  "east yorkshire",
  "east riding of yorkshire",
  "county durham",
  "isle of wight",
  "greater manchester",
  "greater london",
  "tyne and wear",
  "west midlands",
  "scottish borders",
  "the highlands",
  "argyll and bute",
  "inverness shire",
  "dumfries and galloway",
  "vale of glamorgan",
  "north wales",
  "south wales",
  "west wales",
];
/** Named only after "Co." or "County": each is also a town ("Westport, Co. Mayo", but "Mayo" alone may be the town). */
const IRISH_COUNTIES =
  "antrim armagh down fermanagh londonderry derry tyrone carlow cavan clare cork donegal dublin galway kerry kildare kilkenny " +
  "laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary waterford westmeath wexford wicklow";
const STATES_AND_PROVINCES = [
  "new south wales",
  "queensland",
  "western australia",
  "south australia",
  "tasmania",
  "northern territory",
  "ontario",
  "british columbia",
  "alberta",
  "manitoba",
  "saskatchewan",
  "nova scotia",
  "new brunswick",
  "prince edward island",
  "newfoundland",
  "quebec",
  "californie",
  "california",
  "texas",
  "florida",
  "new york state",
  "vermont",
  "maine",
  "oregon",
  "washington state",
  "colorado",
  "massachusetts",
  "otago",
  "canterbury",
  "waikato",
  "auckland region",
];
/** Abbreviations, typed in capitals: "Mudgee NSW", "Kelowna BC", "Burlington VT". */
const ABBREVIATIONS = new Set(
  "NSW VIC QLD WA SA TAS ACT NT ON QC BC AB MB SK NS NB PEI NL YT NWT NU CA TX FL NY VT ME OR CO MA NJ PA OH MI IL GA NC VA".split(" "),
);

const REGIONS = new Set([...BRITISH_COUNTIES.split(" "), ...BRITISH_COMPOUNDS, ...STATES_AND_PROVINCES]);
const COUNTIES_OF_IRELAND = new Set(IRISH_COUNTIES.split(" "));
const LONGEST = Math.max(...[...REGIONS].map((name) => name.split(" ").length));

/**
 * How many words from `start` name a region (0 if none). `words` are folded, `typed` as written (for the
 * capitals of an abbreviation).
 */
export function regionAt(words: readonly string[], typed: readonly string[], start: number): number {
  const word = words[start] ?? "";
  if ((word === "co" || word === "county" || word === "comte") && COUNTIES_OF_IRELAND.has(words[start + 1] ?? "")) return 2;
  if (ABBREVIATIONS.has(typed[start] ?? "")) return 1;
  for (let length = Math.min(LONGEST, words.length - start); length >= 1; length--) {
    const name = foldText(words.slice(start, start + length).join(" ")).replace(/-/g, " ");
    if (REGIONS.has(name)) return length;
  }
  return 0;
}
