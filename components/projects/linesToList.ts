/** A textarea's lines as a list: trimmed, blank lines dropped, duplicates removed. */
export function linesToList(text: string): string[] {
  return [
    ...new Set(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}
