import type { FastifyInstance } from 'fastify';
import { as, type Session } from '../../../../test/build-test-app.ts';

/** The 2025 budget the tests enter: 8.000.000 kr., of which 6.000.000 from LBF (25 % local). */
export const BUDGET_2025 = [
  { line: 'salaries:beskaeftigelse', source: 'lbf', amount: 2_400_000 },
  { line: 'salaries:beskaeftigelse', source: 'municipality', amount: 600_000 },
  { line: 'salaries:uddannelse-og-livschancer', source: 'lbf', amount: 2_400_000 },
  { line: 'activities', source: 'lbf', amount: 1_200_000 },
  { line: 'activities', source: 'housing_organisations', amount: 1_200_000 },
  { line: 'administration', source: 'municipality', amount: 120_000 },
  { line: 'evaluation', source: 'other', amount: 80_000 },
] as const;

export const putBudget = (app: FastifyInstance, session: Session, year: number, cells: readonly object[]) =>
  app.inject({
    method: 'PUT',
    url: `/api/v1/finance/budget/${year}`,
    headers: as(session, 'PUT'),
    payload: { cells },
  });

export const getJson = (app: FastifyInstance, session: Session, url: string) =>
  app.inject({ url, headers: as(session) });

export const CSV = 'text/csv';

/** Posts a spending file with the given mapping (Dato, Konto, Beløb unless told). */
export const importFile = (
  app: FastifyInstance,
  session: Session,
  csv: string,
  mode: 'dry-run' | 'commit',
  columns = { monthColumn: 'Dato', costLineColumn: 'Konto', amountColumn: 'Beløb' },
) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/finance/spending-imports?${new URLSearchParams({ year: '2025', mode, ...columns })}`,
    headers: { ...as(session, 'POST'), 'content-type': CSV },
    payload: csv,
  });
