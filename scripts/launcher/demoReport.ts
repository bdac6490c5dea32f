/** What scripts/launcher/seedDemo.ts answers, as one marked line on its stdout. */
export const DEMO_MARKER = "FAULTLINE_DEMO ";

export interface DemoReport {
  firstRun: boolean;
  email: string;
  /** Only on the first run; afterwards it is in the password file. */
  password: string | null;
  dsn: string | null;
  orgSlug: string;
  projectSlug: string;
}
