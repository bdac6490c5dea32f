/** Reads the JSON reports of vitest and Playwright and totals them for scripts/test.sh. */

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

const ZERO: Totals = { passed: 0, failed: 0, skipped: 0 };

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** vitest's `json` reporter (Jest's shape): numPassedTests, numFailedTests, numPendingTests, numTodoTests. */
export function vitestTotals(report: unknown): Totals {
  const r = (report ?? {}) as Record<string, unknown>;
  const failed = count(r.numFailedTests);
  return {
    passed: count(r.numPassedTests),
    // A run can fail with every test green (an unhandled error, a file that did not load).
    failed: failed === 0 && r.success === false ? 1 : failed,
    skipped: count(r.numPendingTests) + count(r.numTodoTests),
  };
}

/** Playwright's `json` reporter: stats.expected, unexpected, flaky (passed on retry), skipped. */
export function playwrightTotals(report: unknown): Totals {
  const r = (report ?? {}) as { stats?: Record<string, unknown>; errors?: unknown[] };
  const stats = r.stats ?? {};
  const failed = count(stats.unexpected);
  // Errors outside any test (a spec that does not compile, global setup) fail the run.
  const globalErrors = Array.isArray(r.errors) && r.errors.length > 0;
  return {
    passed: count(stats.expected) + count(stats.flaky),
    failed: failed === 0 && globalErrors ? 1 : failed,
    skipped: count(stats.skipped),
  };
}

export function addTotals(...all: Totals[]): Totals {
  return all.reduce(
    (sum, t) => ({
      passed: sum.passed + t.passed,
      failed: sum.failed + t.failed,
      skipped: sum.skipped + t.skipped,
    }),
    ZERO,
  );
}

/** The one line CI reads: `N passed, N failed, N skipped`. */
export function summaryLine(totals: Totals): string {
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}
