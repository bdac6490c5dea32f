"use client";

import { useState } from "react";
import { CodeBlock } from "@/components/ui/CodeBlock";
import { CopyButton } from "@/components/ui/CopyButton";
import { Tabs } from "@/components/ui/Tabs";
import { DsnField } from "./DsnField";
import { SDK_SNIPPETS, defaultLanguage, type SdkLanguage } from "./sdkSnippets";

type DsnSnippetProps = {
  dsn: string;
  platform?: string | null;
  /** Adds a third step with a line that sends a test event. */
  withTestEvent?: boolean;
  /** Hide the DSN line where the page already shows it (project settings lists it per key). */
  showDsn?: boolean;
};

function Step({ n, title, children }: { n: number; title: string; children: React.ReactNode }) {
  return (
    <li className="relative flex gap-3.5">
      <span className="flex size-6 shrink-0 items-center justify-center rounded-full border border-line bg-panel text-xs font-semibold text-fg-muted">
        {n}
      </span>
      <div className="min-w-0 flex-1 pb-1">
        <h4 className="mb-2 text-[13px] leading-6 font-medium text-fg">{title}</h4>
        {children}
      </div>
    </li>
  );
}

/** The DSN plus copyable set-up for each SDK we document, as numbered steps. */
export function DsnSnippet({
  dsn,
  platform,
  withTestEvent = false,
  showDsn = true,
}: DsnSnippetProps) {
  const [language, setLanguage] = useState<SdkLanguage>(defaultLanguage(platform));
  const snippet = SDK_SNIPPETS[language];

  return (
    <div className="flex flex-col gap-5">
      {showDsn ? <DsnField dsn={dsn} /> : null}
      <Tabs
        label="SDK language"
        value={language}
        onChange={(id) => setLanguage(id as SdkLanguage)}
        tabs={(Object.keys(SDK_SNIPPETS) as SdkLanguage[]).map((id) => ({
          id,
          label: SDK_SNIPPETS[id].label,
        }))}
      />
      <ol className="flex flex-col gap-4">
        <Step n={1} title="Install the SDK">
          <div className="flex items-center justify-between gap-2 rounded-lg border border-zinc-800 bg-code-bg py-1 pr-1 pl-4 font-mono text-[12.5px] text-code-fg">
            <span className="truncate">
              <span className="text-zinc-500 select-none">$ </span>
              {snippet.install}
            </span>
            <CopyButton value={snippet.install} label="Copy install command" appearance="on-dark" />
          </div>
        </Step>
        <Step n={2} title="Initialise it with your DSN, as early as possible in your app">
          <CodeBlock code={snippet.code(dsn)} copyLabel={`Copy ${snippet.label} snippet`} />
        </Step>
        {withTestEvent ? (
          <Step n={3} title="Send a test event">
            <CodeBlock code={snippet.testEvent} copyLabel="Copy test event code" />
          </Step>
        ) : null}
      </ol>
    </div>
  );
}
