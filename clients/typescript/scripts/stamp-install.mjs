// Records which package-lock.json node_modules was installed from (npm runs this as `prepare` after
// `npm ci` and `npm install` here, never in a project that installs the package), so
// tests/e2e/test_typescript_client.py can reuse an up-to-date install instead of running `npm ci` again.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const lock = readFileSync(new URL("../package-lock.json", import.meta.url));
const digest = createHash("sha256").update(lock).digest("hex");
writeFileSync(new URL("../node_modules/.installed-from-lock", import.meta.url), `${digest}\n`);
