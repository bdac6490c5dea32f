"use client";

import { Bell, Layers, Package, Settings } from "lucide-react";
import { usePathname } from "next/navigation";
import { Logo } from "@/components/brand/Logo";
import { useCurrentOrg } from "./CurrentOrg";
import { OrgSwitcher, type OrgListItem } from "./OrgSwitcher";
import { SidebarNavItem } from "./SidebarNavItem";
import { UserMenu } from "./UserMenu";

const sections = [
  { segment: "issues", label: "Issues", icon: Layers },
  { segment: "releases", label: "Releases", icon: Package },
  { segment: "alerts", label: "Alerts", icon: Bell },
  { segment: "settings", label: "Settings", icon: Settings },
] as const;

/** Full width from 1024px; icons only below, so a narrow laptop keeps room for tables. */
export function Sidebar({ organizations }: { organizations: OrgListItem[] }) {
  const org = useCurrentOrg();
  const pathname = usePathname();
  const current = pathname.split("/")[2] ?? "";

  return (
    <aside className="w-14 shrink-0 border-r border-line bg-sidebar lg:w-60">
      <div className="sticky top-0 flex h-dvh flex-col">
        <div className="flex h-12 items-center px-3.5 max-lg:justify-center max-lg:px-0">
          <Logo size={22} withWordmark className="max-lg:hidden" />
          <Logo size={24} className="lg:hidden" />
        </div>
        <div className="px-2 pb-2">
          <OrgSwitcher organizations={organizations} />
        </div>
        <nav aria-label="Main" className="flex flex-col gap-0.5 px-2 pt-1">
          {sections.map(({ segment, label, icon }) => (
            <SidebarNavItem
              key={segment}
              href={`/${org.slug}/${segment}`}
              label={label}
              icon={icon}
              active={current === segment}
            />
          ))}
        </nav>
        <div className="mt-auto border-t border-line p-2">
          <UserMenu />
        </div>
      </div>
    </aside>
  );
}
