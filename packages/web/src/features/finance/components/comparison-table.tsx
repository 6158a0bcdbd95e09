import { da, fill, formatKroner, formatPercent } from '@helhed/core';
import { CaptionedTable } from '../../plan/components/table-wrap.tsx';
import type { Comparison } from '../types.ts';

const ui = da.finance.ui;
const c = ui.columns;

/** The stated forecast rule, in words, for the year's figures. */
export function ruleOf(comparison: Comparison): string {
  const { throughMonth } = comparison;
  if (throughMonth === null) return fill(ui.ruleNoSpending, { year: comparison.year });
  return fill(ui.rule, { month: da.finance.months[throughMonth - 1] ?? '', remaining: 12 - throughMonth });
}

const signed = (value: number) => (value > 0 ? `+${formatKroner(value)}` : formatKroner(value));

/** Budget against actuals per cost line, with the deviation in kroner and per cent, and the forecast. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const row = (line: Comparison['total'], header: boolean) => (
    <tr key={line.key}>
      <th scope="row">{header ? <strong>{line.label}</strong> : line.label}</th>
      <td className="numeric">{formatKroner(line.budget)}</td>
      <td className="numeric">{formatKroner(line.actual)}</td>
      <td className="numeric">{signed(line.deviation)}</td>
      <td className="numeric">
        {line.deviationPercent === null ? '–' : formatPercent(line.deviationPercent)}
      </td>
      <td className="numeric">{formatKroner(line.forecast)}</td>
      <td className="numeric">{signed(line.forecastDeviation)}</td>
    </tr>
  );
  return (
    <>
      <p data-testid="forecast-rule">{ruleOf(comparison)}</p>
      <CaptionedTable
        caption={fill(ui.comparisonCaption, { year: comparison.year })}
        headers={[
          ui.costLine,
          c.budget,
          c.actual,
          c.deviation,
          c.deviationPercent,
          c.forecast,
          c.forecastDeviation,
        ]}
        testId="comparison"
        footer={row(comparison.total, true)}
      >
        {comparison.lines.map((line) => row(line, false))}
      </CaptionedTable>
    </>
  );
}
