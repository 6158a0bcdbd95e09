import { da, fill, formatDate, formatInteger, formatPercent } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { formatCount } from '../lib/format.ts';
import type { AgeGroup, PlanArea } from '../types.ts';
import { Breakable } from './breakable.tsx';
import { CaptionedTable } from './table-wrap.tsx';

function residentsHeader(areas: ReadonlyArray<PlanArea>): string {
  const date = areas.find((area) => area.residentsDate)?.residentsDate;
  return date ? fill(da.planUi.residentsAt, { date: formatDate(date) }) : da.planUi.residents;
}

export function AreasTable({ areas }: { areas: ReadonlyArray<PlanArea> }) {
  const columns: Array<Column<PlanArea>> = [
    { key: 'name', header: da.planUi.area, render: (a) => a.name, sortValue: (a) => a.name, rowHeader: true },
    {
      key: 'residents',
      header: residentsHeader(areas),
      render: (a) => formatCount(a.residents),
      sortValue: (a) => a.residents,
    },
    {
      key: 'nonWestern',
      header: da.planUi.nonWesternShare,
      render: (a) => (a.nonWesternShare === null ? da.planUi.notGiven : formatPercent(a.nonWesternShare)),
      sortValue: (a) => a.nonWesternShare,
    },
    {
      key: 'departments',
      header: da.planUi.departments,
      render: (a) => (a.departments.length ? a.departments.join(', ') : da.planUi.notGiven),
    },
  ];
  return (
    <DataTable
      caption={da.planUi.areasCaption}
      columns={columns}
      rows={areas}
      rowKey={(a) => a.slug}
      emptyText={da.web.empty}
    />
  );
}

function formatAgeGroup(group: AgeGroup | undefined): string {
  if (!group || group.value === null) return da.planUi.notGiven;
  return group.unit === 'pct' ? formatPercent(group.value) : formatInteger(group.value);
}

/** Every age group the plan gives: one row per group, the areas side by side (counts or shares, as given). */
export function AgeGroupsTable({ areas }: { areas: ReadonlyArray<PlanArea> }) {
  const groups = new Map<string, string>();
  for (const area of areas) for (const group of area.ageGroups) groups.set(group.key, group.label);
  return (
    <CaptionedTable
      caption={da.planUi.ageGroups}
      headers={[da.planUi.ageGroup, ...areas.map((area) => <Breakable key={area.slug} text={area.name} />)]}
    >
      {[...groups].map(([key, label]) => (
        <tr key={key}>
          <th scope="row">{label}</th>
          {areas.map((area) => (
            <td key={area.slug} className="num">
              {formatAgeGroup(area.ageGroups.find((group) => group.key === key))}
            </td>
          ))}
        </tr>
      ))}
    </CaptionedTable>
  );
}

/** The plan document's own unclear points about the areas' figures, grouped when the note is shared. */
export function AreaUncertainties({ areas }: { areas: ReadonlyArray<PlanArea> }) {
  const byNote = new Map<string, string[]>();
  for (const area of areas) {
    for (const item of area.uncertainties)
      byNote.set(item.note, [...(byNote.get(item.note) ?? []), area.name]);
  }
  if (byNote.size === 0) return null;
  return (
    <>
      <h3>{da.planUi.uncertaintiesTitle}</h3>
      <ul className="uncertainties">
        {[...byNote].map(([note, names]) => (
          <li key={note}>
            <strong>{names.join(', ')}:</strong> {note}
          </li>
        ))}
      </ul>
    </>
  );
}
