"use client";

import { Building, FolderKanban, KeyRound, TriangleAlert, Users, UsersRound } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";

const groups = [
  {
    label: "Organization",
    items: [
      { segment: "", label: "General", icon: Building },
      { segment: "projects", label: "Projects", icon: FolderKanban },
      { segment: "teams", label: "Teams", icon: UsersRound },
      { segment: "members", label: "Members", icon: Users },
      { segment: "failed-events", label: "Failed events", icon: TriangleAlert, adminOnly: true },
    ],
  },
  { label: "Account", items: [{ segment: "tokens", label: "API tokens", icon: KeyRound }] },
];

/** Settings sections: a column on wide screens, a scrolling row of tabs on narrow ones. */
export function SettingsNav() {
  const { slug, canManage } = useCurrentOrg();
  const current = usePathname().split("/")[3] ?? "";

  return (
    <nav aria-label="Settings" className="md:w-48 md:shrink-0">
      <div className="flex gap-1 overflow-x-auto border-b border-line pb-2 md:flex-col md:gap-5 md:border-b-0 md:pb-0">
        {groups.map((group) => (
          <div key={group.label} className="flex gap-1 md:flex-col md:gap-0.5">
            <div className="hidden px-2 pb-1 text-2xs font-medium tracking-wide text-fg-subtle uppercase md:block">
              {group.label}
            </div>
            {group.items.map(({ segment, label, icon: Icon, adminOnly }) => {
              if (adminOnly === true && !canManage) return null;
              const active = current === segment;
              return (
                <Link
                  key={segment}
                  href={`/${slug}/settings${segment ? `/${segment}` : ""}`}
                  aria-current={active ? "page" : undefined}
                  className={`flex h-8 shrink-0 items-center gap-2 rounded-md px-2 text-[13px] font-medium whitespace-nowrap transition-colors ${
                    active ? "bg-hover text-fg" : "text-fg-muted hover:bg-hover hover:text-fg"
                  }`}
                >
                  <Icon size={15} className={active ? "text-accent-fg" : ""} />
                  {label}
                </Link>
              );
            })}
          </div>
        ))}
      </div>
    </nav>
  );
}
