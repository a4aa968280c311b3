/**
 * Acceptance 1 of issue 15: the launcher stays ≤ 3 KB and the whole widget (launcher + panel,
 * socket client included: everything loaded up to a first answered question) ≤ 30 KB, gzip
 * level 9 of the bodies the API serves, KB = 1,024 bytes.
 */
import { ensureWidgetBuilt, formatSizes, gzipSize } from "@relais/widget/build";
import { describe, expect, it } from "vitest";

const KB = 1024;

describe("widget size", () => {
  it("widget.js ≤ 3 KB gz, the whole widget ≤ 30 KB gz", async () => {
    const built = await ensureWidgetBuilt();
    console.log(formatSizes(built.sizes));
    expect(gzipSize(built.launcher)).toBe(built.sizes.launcher);
    expect(built.sizes.launcher).toBeLessThanOrEqual(3 * KB);
    expect(built.sizes.launcher + gzipSize(built.panel)).toBeLessThanOrEqual(30 * KB);
    // The panel is the one the launcher loads.
    expect(built.launcher.toString("utf8")).toContain(`/widget/${built.version}/panel.js`);
  });
});
