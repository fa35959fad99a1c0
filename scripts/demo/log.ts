/** Prints each step of the demo as it happens, with the time since start. */
const started = Date.now();

function stamp(): string {
  return `${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s`;
}

export function step(text: string): void {
  console.log(`${stamp()}  ${text}`);
}

export function detail(text: string): void {
  console.log(`        ${text}`);
}

/** Runs one step, printing it and how long it took. */
export async function timed<T>(text: string, run: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  step(`${text}…`);
  const value = await run();
  // Named, not just "done": steps may overlap (the customers' phones come up meanwhile).
  detail(`✓ ${text} (${Date.now() - t0} ms)`);
  return value;
}
