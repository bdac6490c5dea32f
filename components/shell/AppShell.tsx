import type { ReactNode } from "react";
import { CurrentOrgProvider, type CurrentOrg } from "./CurrentOrg";
import type { OrgListItem } from "./OrgSwitcher";
import { Sidebar } from "./Sidebar";
import { TopBar } from "./TopBar";

type AppShellProps = { org: CurrentOrg; organizations: OrgListItem[]; children: ReactNode };

export function AppShell({ org, organizations, children }: AppShellProps) {
  return (
    <CurrentOrgProvider value={org}>
      <div className="flex min-h-dvh">
        <Sidebar organizations={organizations} />
        <div className="flex min-w-0 flex-1 flex-col">
          <TopBar />
          <main className="flex-1 px-6 py-6 lg:px-8">
            <div className="mx-auto w-full max-w-6xl">{children}</div>
          </main>
        </div>
      </div>
    </CurrentOrgProvider>
  );
}
