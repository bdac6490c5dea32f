/**
 * With BENCH_MEMORY=1 a bench child samples `process.memoryUsage()` every 500 ms and prints the
 * peak of each part when it stops: where its RSS goes (V8 heap, external buffers, the rest).
 */
export function logMemoryPeaks(name: string): () => void {
  if (process.env.BENCH_MEMORY !== "1") return () => undefined;
  const peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    for (const key of Object.keys(peak) as (keyof typeof peak)[]) {
      peak[key] = Math.max(peak[key], usage[key]);
    }
  };
  const timer = setInterval(sample, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample();
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.error(
      `${name} memory peaks: rss ${mb(peak.rss)}, heap total ${mb(peak.heapTotal)}, ` +
        `heap used ${mb(peak.heapUsed)}, external ${mb(peak.external)} ` +
        `(array buffers ${mb(peak.arrayBuffers)})`,
    );
  };
}
