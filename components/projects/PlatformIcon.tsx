const platforms: Record<string, { label: string; tone: string }> = {
  javascript: { label: "JS", tone: "bg-yellow-300 text-yellow-950" },
  node: { label: "N", tone: "bg-green-600 text-white" },
  python: { label: "Py", tone: "bg-sky-600 text-yellow-200" },
  go: { label: "Go", tone: "bg-cyan-500 text-white" },
  ruby: { label: "Rb", tone: "bg-red-600 text-white" },
  java: { label: "Jv", tone: "bg-orange-500 text-white" },
};

/** A small coloured tile naming a project's platform; unknown platforms get a neutral tile. */
export function PlatformIcon({
  platform,
  size = "sm",
}: {
  platform: string | null | undefined;
  size?: "sm" | "md";
}) {
  const known = platform ? platforms[platform.split("-")[0] ?? platform] : undefined;
  const dimensions = size === "md" ? "size-8 text-xs rounded-lg" : "size-5 text-[9px] rounded";
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center font-bold ${dimensions} ${
        known?.tone ?? "bg-zinc-200 text-zinc-600 dark:bg-zinc-700 dark:text-zinc-300"
      }`}
      title={platform ?? "No platform"}
      aria-hidden
    >
      {known?.label ?? (platform ? platform.slice(0, 2).toUpperCase() : "·")}
    </span>
  );
}
