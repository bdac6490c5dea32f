"use client";

import type { LucideIcon } from "lucide-react";
import Link from "next/link";

type SidebarNavItemProps = { href: string; label: string; icon: LucideIcon; active: boolean };

export function SidebarNavItem({ href, label, icon: Icon, active }: SidebarNavItemProps) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      title={label}
      className={`group flex h-8 items-center gap-2.5 rounded-md px-2 text-[13px] font-medium transition-colors max-lg:justify-center ${
        active ? "bg-accent-tint text-accent-fg" : "text-fg-muted hover:bg-hover hover:text-fg"
      }`}
    >
      <Icon size={16} strokeWidth={active ? 2.25 : 2} className="shrink-0" />
      <span className="truncate max-lg:sr-only">{label}</span>
    </Link>
  );
}
