import { ArrowLeft, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { Logo } from "@/components/brand/Logo";
import { LinkButton } from "@/components/ui/LinkButton";

export const metadata: Metadata = { title: "Not found" };

/**
 * Also what a signed-in user sees for an organization they are not a member of: saying "forbidden"
 * would confirm that the organization exists.
 */
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-subtle px-4">
      <div className="flex w-full max-w-md animate-pop-in flex-col items-center text-center">
        <Logo size={32} />
        <div className="mt-10 flex size-12 items-center justify-center rounded-xl border border-line bg-panel text-fg-muted shadow-card">
          <SearchX size={20} />
        </div>
        <p className="mt-5 font-mono text-xs font-medium tracking-widest text-accent-fg">404</p>
        <h1 className="mt-2 text-xl font-semibold tracking-tight text-fg">Page not found</h1>
        <p className="mt-2 text-[13px] leading-5 text-fg-muted">
          This page doesn&apos;t exist, or it belongs to an organization you&apos;re not a member
          of. If you think you should have access, ask an admin of that organization for an
          invitation.
        </p>
        <LinkButton href="/" variant="primary" className="mt-7" icon={<ArrowLeft size={14} />}>
          Back to Faultline
        </LinkButton>
      </div>
    </div>
  );
}
