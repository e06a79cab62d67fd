// Proves the lint catches what it is for: each broken copy of the stored document must fail with its rule.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const document = readFileSync("../openapi/openapi.yaml", "utf8");
const cases = [
  ["replenish-operation-id", (d) => d.replace(/\n      operationId: [^\n]*/, "")],
  ["replenish-400-problem", (d) => d.replace(/\n        "400":/, '\n        "418":')],
  ["replenish-property-description", (d) => d.replace(/\n        limit:\n          description: [^\n]*\n          allOf:\n          - (\$ref: "[^"]*")/, "\n        limit:\n          $1")],
  ["replenish-no-single-allof", (d) => d.replace(/(\n        limit:)\n          description: [^\n]*/, "$1")],
];
mkdirSync("target", { recursive: true });
let failures = 0;
for (const [rule, breakIt] of cases) {
  const broken = breakIt(document);
  if (broken === document) {
    console.error(`${rule}: the fixture did not change the document`);
    failures++;
    continue;
  }
  const file = `target/broken-${rule}.yaml`;
  writeFileSync(file, broken);
  try {
    execFileSync("npx", ["spectral", "lint", "--fail-severity=warn", "--ruleset", ".spectral.yaml", file], { encoding: "utf8" });
    console.error(`${rule}: a broken document passed the lint`);
    failures++;
  } catch (e) {
    if (!String(e.stdout).includes(rule)) {
      console.error(`${rule}: the lint failed, but not with this rule:\n${e.stdout}`);
      failures++;
    } else {
      console.log(`${rule}: caught`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
