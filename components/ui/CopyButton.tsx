"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { copyText } from "./copyText";

type CopyButtonProps = {
  value: string;
  /** Accessible name, e.g. "Copy DSN". */
  label?: string;
  /** "icon" is a small square; "button" shows the word Copy too. */
  appearance?: "icon" | "button" | "on-dark";
  className?: string;
};

export function CopyButton({
  value,
  label = "Copy",
  appearance = "icon",
  className,
}: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(timer);
  }, [copied]);

  const onClick = async () => {
    if (await copyText(value)) setCopied(true);
  };

  const icon = copied ? <Check size={14} className="text-emerald-500" /> : <Copy size={14} />;
  const styles = {
    icon: "size-7 justify-center text-fg-subtle hover:bg-hover hover:text-fg",
    button:
      "h-7 gap-1.5 border border-line bg-panel px-2.5 text-[13px] font-medium text-fg shadow-xs hover:bg-hover",
    "on-dark": "size-7 justify-center text-zinc-400 hover:bg-white/10 hover:text-white",
  }[appearance];

  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={copied ? "Copied" : label}
      title={copied ? "Copied" : label}
      className={`inline-flex shrink-0 items-center rounded-md transition-colors ${styles} ${className ?? ""}`}
    >
      {icon}
      {appearance === "button" ? <span>{copied ? "Copied" : "Copy"}</span> : null}
    </button>
  );
}
