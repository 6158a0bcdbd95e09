// The machine-readable line every benchmark prints for bench/run-all.ts to collect:
// `RATIO <name> <value>`, a figure divided by that benchmark's own baseline measured in the same run.
export function printRatio(name: string, value: number): void {
  console.log(`RATIO ${name} ${Number.isFinite(value) ? value.toFixed(3) : 'NaN'}`);
}
