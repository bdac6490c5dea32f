"use client";

import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { useCurrentOrg } from "./CurrentOrg";
import { ProjectSwitcher } from "./ProjectSwitcher";

const titles: Record<string, string> = {
  issues: "Issues",
  releases: "Releases",
  alerts: "Alerts",
  settings: "Settings",
};

/** Sections whose data can be narrowed to one project (the issue stream has its own filters). */
const filterable = new Set(["releases", "alerts"]);

export function TopBar() {
  const org = useCurrentOrg();
  const section = usePathname().split("/")[2] ?? "";

  return (
    <header className="sticky top-0 z-30 flex h-12 shrink-0 items-center gap-3 border-b border-line bg-canvas/85 px-6 backdrop-blur">
      <nav aria-label="Breadcrumb" className="flex min-w-0 items-center gap-1.5 text-[13px]">
        <span className="truncate text-fg-muted">{org.name}</span>
        <span className="text-fg-subtle">/</span>
        <span className="font-medium text-fg">{titles[section] ?? ""}</span>
      </nav>
      {filterable.has(section) ? (
        <Suspense>
          <ProjectSwitcher />
        </Suspense>
      ) : null}
    </header>
  );
}
