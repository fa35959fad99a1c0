/** Medians, since these machines are shared and noisy (DEVELOPERS brief). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function report(title: string, rows: Array<[string, readonly number[], string?]>): void {
  const lines = [`\n== ${title} (median of runs; all runs in brackets) ==`];
  for (const [name, values, unit = 'ms'] of rows) {
    lines.push(`${name.padEnd(52)} ${median(values).toFixed(1).padStart(9)} ${unit}   [${values.map((v) => v.toFixed(0)).join(', ')}]`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
