import type { ReactNode } from "react";

const TOKEN =
  /("(?:[^"\\]|\\.)*"|\b(?:import|from|as|new|const|let|await|return)\b|\b[A-Za-z_][\w]*(?=\())/g;

/**
 * Just enough colour for set-up snippets: strings, a few keywords and called functions. A real
 * highlighter would be heavier than every snippet we show put together.
 */
export function highlightCode(code: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of code.matchAll(TOKEN)) {
    const token = match[0];
    const index = match.index;
    if (index > last) parts.push(code.slice(last, index));
    const tone = token.startsWith('"')
      ? "text-emerald-300"
      : /^[a-z]+$/.test(token) && !code.startsWith("(", index + token.length)
        ? "text-violet-300"
        : "text-sky-300";
    parts.push(
      <span key={index} className={tone}>
        {token}
      </span>,
    );
    last = index + token.length;
  }
  if (last < code.length) parts.push(code.slice(last));
  return parts;
}
