type LogoProps = {
  /** Pixel size of the square mark. */
  size?: number;
  /** Show the word mark beside the glyph. */
  withWordmark?: boolean;
  className?: string;
};

/** Faultline's mark: a rounded tile crossed by a fault line that breaks and shifts. */
export function Logo({ size = 28, withWordmark = false, className }: LogoProps) {
  return (
    <span className={`inline-flex items-center gap-2.5 ${className ?? ""}`}>
      <svg
        width={size}
        height={size}
        viewBox="0 0 32 32"
        fill="none"
        aria-hidden={withWordmark ? true : undefined}
        role={withWordmark ? undefined : "img"}
        aria-label={withWordmark ? undefined : "Faultline"}
      >
        {/* Solid fills only: a gradient needs an id, and ids clash when two logos share a page. */}
        <rect width="32" height="32" rx="8" fill="#7C3AED" />
        <path d="M0 8a8 8 0 0 1 8-8h16a8 8 0 0 1 8 8v6H0z" fill="#fff" fillOpacity="0.1" />
        <path
          d="M6 19.5h6.5l2.6-7.5 3.8 11 2.6-7h4.5"
          stroke="white"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {withWordmark ? (
        <span className="text-[15px] font-semibold tracking-tight text-fg">Faultline</span>
      ) : null}
    </span>
  );
}
