/**
 * The model cache's fallback folder, for a user who cannot write node_modules: its own folder in
 * the shared temporary folder, never a file another user could have written there. Each case runs
 * model-cache.ts in a child process as `nobody` (so node_modules/.cache is really not writable),
 * with TMPDIR pointing at a test folder shaped like /tmp (root's, sticky, world-writable), where
 * this test, as another user, plants what an attacker would.
 */
import { execFile } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const NOBODY = 65534;
const MODULE = new URL("./model-cache.ts", import.meta.url).href;
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder like /tmp: anyone may create entries, only their owner may remove them. */
function sharedTmp(): string {
  const folder = mkdtempSync(join(tmpdir(), "relais-cache-fallback-"));
  chmodSync(folder, 0o1777);
  folders.push(folder);
  return folder;
}

/** Runs `readCached`/`writeCached` as `nobody`; resolves to what the snippet prints (JSON). */
async function asNobody(tmp: string, snippet: string): Promise<unknown> {
  const code = `const { readCached, writeCached } = await import(${JSON.stringify(MODULE)});\nconsole.log(JSON.stringify(await (async () => { ${snippet} })()));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code], {
    uid: NOBODY,
    gid: NOBODY,
    env: { PATH: process.env.PATH ?? "", TMPDIR: tmp },
  });
  return JSON.parse(stdout);
}

const read = (name: string) => `const bytes = readCached(${JSON.stringify(name)}); return bytes ? [...bytes] : null;`;
const write = (name: string, bytes: number[]) => `return writeCached(${JSON.stringify(name)}, new Uint8Array(${JSON.stringify(bytes)}));`;

// Running as another user needs root; CI and this machine run the suite as root.
describe.skipIf(process.getuid?.() !== 0)("the model cache's fallback folder (node_modules not writable)", () => {
  it("is the user's own 0700 folder in the temporary folder, and a later process loads the model from it", async () => {
    const tmp = sharedTmp();
    const name = `probe-${process.pid}-${Date.now()}.bin`;
    expect(await asNobody(tmp, write(name, [1, 2, 3]))).toBe(true);
    const own = join(tmp, `relais-cache-${NOBODY}`);
    const stats = statSync(own);
    expect([stats.uid, stats.mode & 0o777]).toEqual([NOBODY, 0o700]);
    expect([...readFileSync(join(own, name))]).toEqual([1, 2, 3]);
    expect(existsSync(join(tmp, "relais-cache"))).toBe(false);
    expect(await asNobody(tmp, read(name))).toEqual([1, 2, 3]);
  });

  it("never loads a model another user left in the shared folder, or in a folder of the user's name it made first", async () => {
    const tmp = sharedTmp();
    const name = `planted-${process.pid}-${Date.now()}.bin`;
    // The old shared folder, and the user's folder name taken first by another user (root here), open to all.
    for (const folder of [join(tmp, "relais-cache"), join(tmp, `relais-cache-${NOBODY}`)]) {
      mkdirSync(folder);
      chmodSync(folder, 0o777);
      writeFileSync(join(folder, name), Buffer.from([6, 6, 6]));
    }
    expect(await asNobody(tmp, read(name))).toBeNull();
    // Nor writes into it, where that user could swap the file: the model stays in memory.
    expect(await asNobody(tmp, write(name, [1]))).toBe(false);
    expect([...readFileSync(join(tmp, `relais-cache-${NOBODY}`, name))]).toEqual([6, 6, 6]);
  });

  it("never follows a link planted at the user's folder name, even to a folder the user owns", async () => {
    const tmp = sharedTmp();
    const name = `linked-${process.pid}-${Date.now()}.bin`;
    const elsewhere = join(tmp, "elsewhere");
    mkdirSync(elsewhere, { mode: 0o700 });
    writeFileSync(join(elsewhere, name), Buffer.from([6, 6, 6]));
    chownSync(join(elsewhere, name), NOBODY, NOBODY);
    chownSync(elsewhere, NOBODY, NOBODY);
    symlinkSync(elsewhere, join(tmp, `relais-cache-${NOBODY}`));
    expect(await asNobody(tmp, read(name))).toBeNull();
  });
});
