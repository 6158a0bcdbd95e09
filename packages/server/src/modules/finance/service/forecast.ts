/**
 * Budget against actuals for one year and the forecast by the rule stated on the page: spending
 * through the last month with any spending (M), plus the year's budget / 12 for each of the 12 − M
 * remaining months. Deviation = actual − budget (kr.), and in per cent of the budget (none when the
 * budget is 0). Pure, so the rule is tested without a database.
 */
export interface LineFigures {
  key: string;
  label: string;
  budget: number;
  /** Spending per month 1–12 (index 0 = January). */
  months: number[];
}

const percentOf = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** The forecast's "so far": the last month with any spending stored, or null before the first. */
export function lastMonthWithSpending(spendingMonths: number[]): number | null {
  return spendingMonths.length > 0 ? Math.max(...spendingMonths) : null;
}

function figuresOf(line: LineFigures, throughMonth: number) {
  const actual = line.months.reduce((sum, value) => sum + value, 0);
  const remaining = 12 - throughMonth;
  const forecast = Math.round(
    line.months.slice(0, throughMonth).reduce((sum, value) => sum + value, 0) +
      (line.budget * remaining) / 12,
  );
  const deviation = actual - line.budget;
  return {
    key: line.key,
    label: line.label,
    budget: line.budget,
    actual,
    deviation,
    deviationPercent: percentOf(deviation, line.budget),
    forecast,
    forecastDeviation: forecast - line.budget,
  };
}

export function compareYear(lines: LineFigures[], throughMonth: number | null, totalLabel: string) {
  const through = throughMonth ?? 0;
  const rows = lines.map((line) => figuresOf(line, through));
  const sumOf = (pick: (line: LineFigures) => number) => lines.reduce((sum, line) => sum + pick(line), 0);
  const totalLine: LineFigures = {
    key: 'total',
    label: totalLabel,
    budget: sumOf((line) => line.budget),
    months: Array.from({ length: 12 }, (_, i) => sumOf((line) => line.months[i] ?? 0)),
  };
  const total = figuresOf(totalLine, through);
  // The total's forecast is the sum of the lines' (each rounded), so the table adds up.
  total.forecast = rows.reduce((sum, row) => sum + row.forecast, 0);
  total.forecastDeviation = total.forecast - total.budget;
  return {
    lines: rows,
    total,
    months: totalLine.months.map((actual, i) => ({
      month: i + 1,
      budget: Math.round(totalLine.budget / 12),
      actual,
    })),
  };
}
