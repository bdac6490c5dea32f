export type SdkLanguage = "javascript" | "python" | "go";

type SdkSnippet = {
  label: string;
  install: string;
  code: (dsn: string) => string;
  testEvent: string;
};

/** The exact set-up each SDK needs: install the package, then one init call with the DSN. */
export const SDK_SNIPPETS: Record<SdkLanguage, SdkSnippet> = {
  javascript: {
    label: "JavaScript",
    install: "npm install @sentry/node",
    code: (dsn) => `import * as Sentry from "@sentry/node";\n\nSentry.init({ dsn: "${dsn}" });`,
    testEvent: `Sentry.captureException(new Error("Hello from Faultline"));`,
  },
  python: {
    label: "Python",
    install: "pip install sentry-sdk",
    code: (dsn) => `import sentry_sdk\n\nsentry_sdk.init(dsn="${dsn}")`,
    testEvent: `division_by_zero = 1 / 0`,
  },
  go: {
    label: "Go",
    install: "go get github.com/getsentry/sentry-go",
    code: (dsn) =>
      `import "github.com/getsentry/sentry-go"\n\nsentry.Init(sentry.ClientOptions{Dsn: "${dsn}"})`,
    testEvent: `sentry.CaptureMessage("Hello from Faultline")\nsentry.Flush(2 * time.Second)`,
  },
};

/** The tab to open first for a project's platform. */
export function defaultLanguage(platform: string | null | undefined): SdkLanguage {
  if (platform === "python") return "python";
  if (platform === "go") return "go";
  return "javascript";
}
