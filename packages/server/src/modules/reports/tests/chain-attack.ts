import type { RangeSolver } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';
import type { QuarterlyReport, QuarterSection } from '../contract/quarterly.ts';
import { addSection, type CaseCells, ReaderModel } from './published-sums.ts';

type Published = { published: QuarterSection; exact: QuarterSection };

/** The quarter after `key` ("2025-Q4" → "2026-Q1"). */
function nextQuarter(key: string): string {
  const { year, number } = { year: Number(key.slice(0, 4)), number: Number(key.slice(6)) };
  return number === 4 ? `${year + 1}-Q1` : `${year}-Q${number + 1}`;
}

/**
 * The attacker who keeps every quarterly report: all sections of the given reports (each quarter
 * and its year-earlier comparison) in one model, with the identity that ties consecutive quarters
 * of one row together: the forløb active in a quarter are those active in the one before that did
 * not end in it, plus those started in it — active(q) = active(q−1) − ended(q−1) + started(q),
 * for every activity, every area and the total. The carried-over count is a latent cell.
 * `reports` are the published reports with their exact twins (threshold 1). Returns the cells that break the rule, and how many links were declared (a test asserts > 0).
 */
export async function attackQuarterChain(
  reports: readonly { published: QuarterlyReport; exact: QuarterlyReport }[],
  solver?: RangeSolver,
): Promise<{ violations: string[]; links: number; sections: number }> {
  const sections = new Map<string, Published>();
  for (const { published, exact } of reports) {
    sections.set(published.quarter, { published, exact });
    if (!sections.has(published.comparison.quarter))
      sections.set(published.comparison.quarter, {
        published: published.comparison,
        exact: exact.comparison,
      });
  }
  const model = new ReaderModel();
  const rows = new Map<string, Map<string, CaseCells>>();
  for (const [key, { published, exact }] of sections)
    rows.set(key, addSection(model, published, exact, `${key} `));
  let links = 0;
  for (const [key, previous] of rows) {
    const next = rows.get(nextQuarter(key));
    if (!next) continue;
    for (const [row, before] of previous) {
      const after = next.get(row);
      if (!after) continue;
      const carried = (model.values[before.active] as number) - (model.values[before.ended] as number);
      const truth = (model.values[after.active] as number) - (model.values[after.started] as number);
      if (carried !== truth) throw new Error(`${key} → ${nextQuarter(key)} ${row}: the link does not hold`);
      const handle = model.latent(`${key} ${row} carried`, carried);
      model.rules.push({ total: before.active, parts: [before.ended, handle] });
      model.rules.push({ total: after.active, parts: [after.started, handle] });
      links += 1;
    }
  }
  const threshold = [...sections.values()][0]?.published.discretionThreshold ?? 5;
  const violations = model.audit(solver ?? (await loadRangeSolver()), threshold);
  return { violations, links, sections: sections.size };
}
