/**
 * Row counts of the `INSERT` statements: a batch goes in as a few of them, largest first, so
 * there are only eight statement texts and each connection prepares each once (sql.ts).
 */
const CHUNK_SIZES = [128, 64, 32, 16, 8, 4, 2, 1] as const;

/** How many rows each statement of a batch of `total` rows takes (pure). */
export function insertChunks(total: number): number[] {
  const chunks: number[] = [];
  let left = total;
  for (const size of CHUNK_SIZES) {
    for (; left >= size; left -= size) chunks.push(size);
  }
  return chunks;
}
