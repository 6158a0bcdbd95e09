import { da, fill, formatDate } from '@helhed/core';
import type { SafeCount, StatusView, TableCell } from '../types.ts';

const t = da.rehousing.table;
const ui = da.rehousingUi;
const CELLS: TableCell[] = ['moved', 'offered', 'declined', 'waiting'];

export function showCount(value: SafeCount): string {
  return typeof value === 'number' ? value.toLocaleString('da-DK') : value;
}

/** The committee table of seed 001: one row per category and the total, as of one date. */
export function StatusTable({ table }: { table: StatusView['table'] }) {
  const column = fill(t.asOf, { date: formatDate(table.date) });
  return (
    <div className="table-wrap">
      <table className="table rehousing-status" data-testid="status-table">
        <caption>{fill(ui.statusCaption, { date: formatDate(table.date) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col" className="num">
              {column}
            </th>
          </tr>
        </thead>
        <tbody>
          {CELLS.map((cell) => (
            <tr key={cell} data-cell={cell}>
              <th scope="row">{t[cell]}</th>
              <td className="num">{showCount(table.cells[cell])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-cell="total">
            <th scope="row">{t.total}</th>
            <td className="num">{showCount(table.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="rehousing-note">{t.rule}</p>
      <p className="rehousing-note">
        {table.exact ? ui.exactNote : fill(t.note, { threshold: table.threshold })}
      </p>
    </div>
  );
}

function ofTarget(value: SafeCount, target: number): string {
  return fill(ui.ofTarget, { value: showCount(value), target: target.toLocaleString('da-DK') });
}

/** Progress toward 1.000 homes and 2.500 residents, time to move, and decline reasons. */
export function ProgressPanel({ progress }: { progress: StatusView['progress'] }) {
  return (
    <section className="panel" aria-labelledby="rehousing-progress">
      <h2 id="rehousing-progress">{ui.progressTitle}</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.homesVacated}</dt>
          <dd data-testid="homes-vacated">{ofTarget(progress.homesVacated, progress.targets.homes)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.residentsMoved}</dt>
          <dd>{ofTarget(progress.residentsMoved, progress.targets.residents)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.daysToMove}</dt>
          <dd>
            {progress.medianDaysToMove === null
              ? ui.medianHidden
              : fill(ui.medianDays, { days: progress.medianDaysToMove.toLocaleString('da-DK') })}
          </dd>
        </div>
      </dl>
      {progress.declineReasons.length > 0 ? (
        <table className="table">
          <caption>{ui.declineReasons}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reason}</th>
              <th scope="col" className="num">
                {t.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.declineReasons.map((r) => (
              <tr key={r.reason}>
                <th scope="row">{r.reason}</th>
                <td className="num">{showCount(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
