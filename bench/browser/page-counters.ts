// Counters injected into the page before any of its scripts (page.addInitScript): WebGL draw
// calls, vertices, readPixels and bytes uploaded to buffers (geometry — float attributes and
// indices — apart from the rest: colours, picking colours; uniform blocks counted on their own), requests to the DuckDB worker,
// and long tasks. They count work, not time, so they read the same on any hardware.
// `installPageCounters` runs in the page: it must not refer to anything outside itself.

/** What the page has counted since the last reset. */
export interface PageCounts {
  drawCalls: number;
  vertices: number;
  readPixels: number;
  geometryBytes: number;
  otherBytes: number;
  uniformBytes: number;
  duckdbQueries: number;
  duckdbRequests: number;
  /** [start, duration] (ms since navigation) of each task over 50 ms (Long Tasks API). */
  longTasks: [number, number][];
  /** When (ms since navigation) the district table first showed a row; null until then. */
  tableShownAt: number | null;
}

declare global {
  interface Window {
    lastmileBench?: { counts: PageCounts; reset(): void };
  }
}

/** Installs the counters as `window.lastmileBench` (run in the page). */
export function installPageCounters(): void {
  const zero = (): PageCounts => ({ drawCalls: 0, vertices: 0, readPixels: 0, geometryBytes: 0, otherBytes: 0, uniformBytes: 0, duckdbQueries: 0, duckdbRequests: 0, longTasks: [], tableShownAt: null });
  const bench = { counts: zero(), reset: () => void (bench.counts = zero()) };
  window.lastmileBench = bench;
  const draw = (vertices: number) => {
    bench.counts.drawCalls++;
    bench.counts.vertices += vertices;
  };
  const upload = (target: number, data: unknown, length?: number) => {
    if (typeof data === 'number' || data === null || data === undefined) return; // allocation only
    if (target === 0x8a11 /* UNIFORM_BUFFER: luma.gl's uniforms, not geometry */) {
      bench.counts.uniformBytes += (data as ArrayBufferView).byteLength;
      return;
    }
    const view = data as ArrayBufferView & { BYTES_PER_ELEMENT?: number };
    const bytes = length ? length * (view.BYTES_PER_ELEMENT ?? 1) : view.byteLength;
    const geometry = target === 0x8893 /* ELEMENT_ARRAY_BUFFER */ || view instanceof Float32Array || view instanceof Float64Array;
    if (geometry) bench.counts.geometryBytes += bytes;
    else bench.counts.otherBytes += bytes;
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, unknown>[]) {
    const wrap = (name: string, before: (args: unknown[]) => void) => {
      const original = proto[name] as ((...a: unknown[]) => unknown) | undefined;
      if (!original) return;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        before(args);
        return original.apply(this, args);
      };
    };
    wrap('drawArrays', (a) => draw(a[2] as number));
    wrap('drawElements', (a) => draw(a[1] as number));
    wrap('drawArraysInstanced', (a) => draw((a[2] as number) * (a[3] as number)));
    wrap('drawElementsInstanced', (a) => draw((a[1] as number) * (a[4] as number)));
    wrap('drawRangeElements', (a) => draw(a[3] as number));
    wrap('readPixels', () => bench.counts.readPixels++);
    wrap('bufferData', (a) => upload(a[0] as number, a[1], a[4] as number | undefined));
    wrap('bufferSubData', (a) => upload(a[0] as number, a[2], a[4] as number | undefined));
  }
  // DuckDB-WASM's worker: every request is a posted message with a `type`.
  const NativeWorker = window.Worker;
  const duckdbWorkers = new WeakSet<Worker>();
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (String(url).includes('duckdb')) duckdbWorkers.add(this);
    }
  };
  const post = NativeWorker.prototype.postMessage;
  NativeWorker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    if (duckdbWorkers.has(this)) {
      bench.counts.duckdbRequests++;
      const type = (message as { type?: string } | null)?.type ?? '';
      if (/^RUN_(QUERY|PREPARED)|^SEND_PREPARED|^START_PENDING_QUERY/.test(type)) bench.counts.duckdbQueries++;
    }
    return (post as (...a: unknown[]) => void).call(this, message, ...rest);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.counts.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (document.querySelector('.district-table tbody tr')) {
      bench.counts.tableShownAt = Math.round(performance.now());
      seen.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }));
}

/** The counters as an init script (tsx may wrap named functions in a `__name` helper the page lacks). */
export function pageCountersScript(): { content: string } {
  return { content: `var __name = (f) => f; (${installPageCounters.toString()})();` };
}
