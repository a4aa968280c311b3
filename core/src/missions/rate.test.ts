import { describe, expect, it } from "vitest";
import { parseRate } from "./rate.ts";

describe("parseRate: amounts, currency and period from free text, never converted", () => {
  const table: [string, ReturnType<typeof parseRate>][] = [
    ["450-550 €/jour", { min: 45000, max: 55000, currency: "EUR", period: "day" }],
    ["TJM : 600 €", { min: 60000, max: 60000, currency: "EUR", period: "day" }],
    ["entre 500 et 650 euros par jour", { min: 50000, max: 65000, currency: "EUR", period: "day" }],
    ["45k€ brut annuel", { min: 4500000, max: 4500000, currency: "EUR", period: "year" }],
    ["45-55k€", { min: 4500000, max: 5500000, currency: "EUR", period: "year" }],
    ["$80/h", { min: 8000, max: 8000, currency: "USD", period: "hour" }],
    ["$80k - $100k", { min: 8000000, max: 10000000, currency: "USD", period: "year" }],
    ["Mensuel de 1600,00 Euros à 1800,00 Euros sur 12 mois", { min: 160000, max: 180000, currency: "EUR", period: "month" }],
    ["Annuel de 45 000,00 Euros à 52 000,00 Euros", { min: 4500000, max: 5200000, currency: "EUR", period: "year" }],
    ["Horaire de 11.88 Euros sur 12 mois", { min: 1188, max: 1188, currency: "EUR", period: "hour" }],
    ["£450 per day outside IR35", { min: 45000, max: 45000, currency: "GBP", period: "day" }],
    ["60 000 € - 70 000 € par an", { min: 6000000, max: 7000000, currency: "EUR", period: "year" }],
    ["Forfait 3 000 €", { min: 300000, max: 300000, currency: "EUR", period: "fixed" }],
    ["Mission de 6 mois, TJM 520€", { min: 52000, max: 52000, currency: "EUR", period: "day" }],
    ["550 €", { min: 55000, max: 55000, currency: "EUR", period: null }],
    ["Selon profil", null],
    ["Mission de 6 mois renouvelable", null],
    ["", null],
  ];
  it.each(table)("%s", (text, expected) => {
    expect(parseRate(text)).toEqual(expected);
  });

  it("fills what the text leaves out from the board's defaults, and only that", () => {
    expect(parseRate("500-600", { currency: "EUR", period: "day" })).toBeNull();
    expect(parseRate("500-600 €", { period: "day" })).toEqual({ min: 50000, max: 60000, currency: "EUR", period: "day" });
    expect(parseRate("80 $/h", { period: "day" })?.period).toBe("hour");
  });
});
