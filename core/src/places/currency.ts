/**
 * The currency people pay in where a place is: what "120 bucks" or "cent balles" mean in Lyon
 * (euros), in London (pounds) or in Geneva (francs). Countries the gazetteer names and their
 * neighbours; elsewhere the caller keeps what it read.
 */
const EURO = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK MC AD SM VA ME XK GF GP MQ RE YT PM BL MF";
const CURRENCY_OF: Record<string, string> = {
  ...Object.fromEntries(EURO.split(" ").map((country) => [country, "EUR"])),
  GB: "GBP",
  US: "USD",
  CH: "CHF",
  LI: "CHF",
  CA: "CAD",
  MA: "MAD",
  TN: "TND",
  DZ: "DZD",
  SG: "SGD",
  ...Object.fromEntries("SN CI BJ BF ML NE TG GW".split(" ").map((country) => [country, "XOF"])),
  // central Africa's franc CFA ("15 000 FCFA" in Yaoundé is XAF), the Congo's, Haiti's, the Emirates'
  ...Object.fromEntries("CM GA CG CF TD GQ".split(" ").map((country) => [country, "XAF"])),
  CD: "CDF",
  HT: "HTG",
  AE: "AED",
  SE: "SEK",
  DK: "DKK",
  NO: "NOK",
  PL: "PLN",
  // New Caledonia, French Polynesia, Wallis and Futuna: the franc CFP
  NC: "XPF",
  PF: "XPF",
  WF: "XPF",
  JP: "JPY",
  AU: "AUD",
  NZ: "NZD",
  // where members abroad also post: their money when they call it by a shared name (pesos, dollars, crowns)
  HK: "HKD",
  BR: "BRL",
  MX: "MXN",
  CO: "COP",
  AR: "ARS",
  CL: "CLP",
  PE: "PEN",
  NG: "NGN",
  GH: "GHS",
  KE: "KES",
  VN: "VND",
  TH: "THB",
  KR: "KRW",
  IN: "INR",
  // (the other rupees: "Rs 7500, Port Louis" is in Mauritian rupees)
  MU: "MUR",
  PK: "PKR",
  LK: "LKR",
  NP: "NPR",
  SC: "SCR",
  ZA: "ZAR",
  IS: "ISK",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(CURRENCY_OF, null);

export function localCurrency(countryCode: string | null | undefined): string | undefined {
  return countryCode ? CURRENCY_OF[countryCode.toUpperCase()] : undefined;
}
