// The benchmark's figures: medians, and the table printed at the end (Markdown, so it reads the
// same in a terminal and in the README).
import os from 'node:os';

export interface Measured {
  operation: string;
  records: number;
  ours: number[];
  pouch: number[];
  /** PouchDB's time divided by ours must reach this. */
  target: number;
}

/** The time now, after a full garbage collection when available (the worker runs with --expose-gc). */
export function startTiming(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return performance.now();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ms = (value: number) => Math.round(value).toLocaleString('en-US');
const times = (value: number) => `${value.toFixed(2)}×`;

export function formatTable(rows: readonly Measured[]): string {
  const header = [
    '| operation | records | ours (ms) | PouchDB (ms) | ratio (PouchDB/ours) | target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const lines = rows.map((row) => {
    const ours = median(row.ours);
    const pouch = median(row.pouch);
    const ratio = pouch / ours;
    const met = ratio >= row.target ? 'yes' : 'no';
    return `| ${row.operation} | ${row.records.toLocaleString('en-US')} | ${ms(ours)} | ${ms(pouch)} | ${times(ratio)} | ≥ ${row.target.toFixed(1)}× | ${met} |`;
  });
  return [...header, ...lines].join('\n');
}

/** Every run's time, to see the spread behind the medians. */
export function formatRuns(rows: readonly Measured[]): string {
  return rows
    .map(
      (row) =>
        `${row.operation}: ours ${row.ours.map(ms).join(' / ')} ms; ` +
        `PouchDB ${row.pouch.map(ms).join(' / ')} ms`,
    )
    .join('\n');
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const date = new Date().toISOString().slice(0, 10);
  return `${date}, Node ${process.versions.node}, ${os.cpus().length} cores (${cpu}), ${os.platform()}`;
}
