import Link from "next/link";
import type { ReactNode } from "react";

type MenuItemProps = {
  icon?: ReactNode;
  children: ReactNode;
  trailing?: ReactNode;
  onSelect?: () => void;
  href?: string;
  active?: boolean;
};

const styles =
  "flex h-8 w-full items-center gap-2 rounded-md px-2 text-left text-[13px] text-fg hover:bg-hover focus-visible:bg-hover focus-visible:outline-none";

export function MenuItem({ icon, children, trailing, onSelect, href, active }: MenuItemProps) {
  const content = (
    <>
      {icon ? (
        <span className="flex size-4 items-center justify-center text-fg-muted">{icon}</span>
      ) : null}
      <span className="min-w-0 flex-1 truncate">{children}</span>
      {trailing}
    </>
  );
  if (href) {
    return (
      <Link
        href={href}
        role="menuitem"
        onClick={onSelect}
        className={styles}
        aria-current={active || undefined}
      >
        {content}
      </Link>
    );
  }
  return (
    <button type="button" role="menuitem" onClick={onSelect} className={styles}>
      {content}
    </button>
  );
}
