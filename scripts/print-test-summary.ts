/**
 * usage: print-test-summary.ts [--failed-steps N] vitest:FILE… playwright:FILE…
 * Prints one line per report and then the total line. A report that is missing or unreadable
 * (its runner crashed before writing it) counts as one failure.
 */
import { readFileSync } from "node:fs";
import { addTotals, playwrightTotals, summaryLine, vitestTotals, type Totals } from "./testSummary";

const args = process.argv.slice(2);
const totals: Totals[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index] ?? "";
  if (arg === "--failed-steps") {
    totals.push({ passed: 0, failed: Number(args[++index] ?? "0"), skipped: 0 });
    continue;
  }
  const [kind, file] = arg.split(/:(.*)/s) as [string, string];
  try {
    const report: unknown = JSON.parse(readFileSync(file, "utf8"));
    const result = kind === "playwright" ? playwrightTotals(report) : vitestTotals(report);
    console.log(`  ${file}: ${summaryLine(result)}`);
    totals.push(result);
  } catch {
    console.log(`  ${file}: no report (the run did not finish), counted as 1 failed`);
    totals.push({ passed: 0, failed: 1, skipped: 0 });
  }
}
const total = addTotals(...totals);
console.log(summaryLine(total));
process.exitCode = total.failed > 0 ? 1 : 0;
