import type { ReactNode } from "react";
import { Logo } from "@/components/brand/Logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-dvh flex-col items-center overflow-hidden bg-subtle px-4">
      {/* A faint grid that fades out, so the card has something calm to sit on. */}
      <div
        aria-hidden
        className="pointer-events-none absolute inset-0 [mask-image:radial-gradient(ellipse_at_top,black_20%,transparent_70%)] opacity-60 dark:opacity-40"
        style={{
          backgroundImage:
            "linear-gradient(to right, var(--line) 1px, transparent 1px), linear-gradient(to bottom, var(--line) 1px, transparent 1px)",
          backgroundSize: "32px 32px",
        }}
      />
      <div className="relative flex w-full flex-1 flex-col items-center justify-center py-12">
        <Logo size={36} withWordmark className="mb-8 [&>span]:text-lg" />
        {children}
      </div>
      <footer className="relative pb-6 text-xs text-fg-subtle">
        Self-hosted error tracking · speaks the Sentry protocol
      </footer>
    </div>
  );
}
