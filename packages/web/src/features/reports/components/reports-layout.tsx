import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';

/** Rapporter: the quarterly leverancemåling and the annual follow-up share a sub-menu. */
export function ReportsLayout() {
  const items = [
    { to: '/rapporter', label: da.reports.ui.quarterlyTab, end: true },
    { to: '/rapporter/aarlig', label: da.reports.ui.annualTab, end: false },
  ];
  return (
    <div className="reports">
      <SubNav label={da.reports.ui.subnav} items={items} />
      <Outlet />
    </div>
  );
}
