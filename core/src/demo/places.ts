/** Real places used by the demo community (coordinates of each town centre, WGS 84). */
export type DemoPlace = { name: string; postcode?: string; countryCode: string; lat: number; lng: number };

export const DEMO_PLACES = {
  paris11: { name: "Paris 11e", postcode: "75011", countryCode: "FR", lat: 48.8592, lng: 2.3806 },
  paris18: { name: "Paris 18e", postcode: "75018", countryCode: "FR", lat: 48.8925, lng: 2.3444 },
  montreuil: { name: "Montreuil", postcode: "93100", countryCode: "FR", lat: 48.8638, lng: 2.4485 },
  lyon: { name: "Lyon", postcode: "69001", countryCode: "FR", lat: 45.764, lng: 4.8357 },
  villeurbanne: { name: "Villeurbanne", postcode: "69100", countryCode: "FR", lat: 45.7719, lng: 4.8902 },
  marseille: { name: "Marseille", postcode: "13001", countryCode: "FR", lat: 43.2965, lng: 5.3698 },
  bordeaux: { name: "Bordeaux", postcode: "33000", countryCode: "FR", lat: 44.8378, lng: -0.5792 },
  lille: { name: "Lille", postcode: "59000", countryCode: "FR", lat: 50.6292, lng: 3.0573 },
  nantes: { name: "Nantes", postcode: "44000", countryCode: "FR", lat: 47.2184, lng: -1.5536 },
  toulouse: { name: "Toulouse", postcode: "31000", countryCode: "FR", lat: 43.6047, lng: 1.4442 },
  strasbourg: { name: "Strasbourg", postcode: "67000", countryCode: "FR", lat: 48.5734, lng: 7.7521 },
  montpellier: { name: "Montpellier", postcode: "34000", countryCode: "FR", lat: 43.6108, lng: 3.8767 },
  rennes: { name: "Rennes", postcode: "35000", countryCode: "FR", lat: 48.1173, lng: -1.6778 },
  grenoble: { name: "Grenoble", postcode: "38000", countryCode: "FR", lat: 45.1885, lng: 5.7245 },
  nice: { name: "Nice", postcode: "06000", countryCode: "FR", lat: 43.7102, lng: 7.262 },
  bruxelles: { name: "Bruxelles", postcode: "1000", countryCode: "BE", lat: 50.8503, lng: 4.3517 },
  geneve: { name: "Genève", postcode: "1204", countryCode: "CH", lat: 46.2044, lng: 6.1432 },
  montreal: { name: "Montréal", countryCode: "CA", lat: 45.5019, lng: -73.5674 },
  london: { name: "London", countryCode: "GB", lat: 51.5072, lng: -0.1276 },
} satisfies Record<string, DemoPlace>;

export type DemoPlaceKey = keyof typeof DEMO_PLACES;
