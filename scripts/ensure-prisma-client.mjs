// Generates the Prisma client when it is missing or older than prisma/schema.prisma, so a
// fresh clone needs no manual step and a normal start does not pay for generation again.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schema = readFileSync(join(root, "prisma", "schema.prisma"));
const hash = createHash("sha256").update(schema).digest("hex");
const stamp = join(root, "core", "src", "db", "generated", ".schema-hash");

if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) process.exit(0);

const cli = join(dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");
const result = spawnSync(process.execPath, [cli, "generate", "--no-hints"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
if (result.status !== 0) {
  process.stderr.write("relais: could not generate the Prisma client (prisma generate failed, see above)\n");
  process.exit(1);
}
writeFileSync(stamp, hash);
