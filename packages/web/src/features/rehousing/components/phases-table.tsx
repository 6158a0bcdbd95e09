import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import type { Phase } from '../types.ts';
import { useSeesHouseholds } from './rehousing-nav.tsx';

const ui = da.rehousingUi;

export function PhasesTable({ phases }: { phases: Phase[] }) {
  const seesHouseholds = useSeesHouseholds();
  const columns: Column<Phase>[] = [
    {
      key: 'name',
      header: ui.fields.name,
      rowHeader: true,
      sortValue: (p) => p.name,
      render: (p) =>
        seesHouseholds ? <Link to={`/genhusning/husstande?phaseId=${p.id}`}>{p.name}</Link> : p.name,
    },
    {
      key: 'kind',
      header: ui.fields.kind,
      sortValue: (p) => da.rehousing.phaseKind[p.kind],
      render: (p) => da.rehousing.phaseKind[p.kind],
    },
    {
      key: 'place',
      header: ui.fields.department,
      sortValue: (p) => [p.areaName, p.departmentName, p.buildings].filter(Boolean).join(', '),
      render: (p) => [p.areaName, p.departmentName, p.buildings].filter(Boolean).join(', ') || ui.noValue,
    },
    {
      key: 'vacate',
      header: ui.fields.vacateOn,
      sortValue: (p) => p.vacateOn,
      render: (p) => (p.vacateOn ? formatDate(p.vacateOn) : ui.noValue),
    },
    {
      key: 'homes',
      header: ui.fields.homes,
      sortValue: (p) => p.homes,
      render: (p) => p.homes.toLocaleString('da-DK'),
    },
  ];
  return (
    <DataTable
      caption={ui.phasesCaption}
      columns={columns}
      rows={phases}
      rowKey={(p) => p.id}
      emptyText={ui.noPhases}
      initialSort={{ key: 'vacate', direction: 'ascending' }}
    />
  );
}
