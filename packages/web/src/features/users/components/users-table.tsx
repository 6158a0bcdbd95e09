import { da, formatDateTime } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import type { User } from '../../../types/api.ts';

function statusText(user: User): string {
  const status = user.isActive ? da.users.active : da.users.inactive;
  // A provider's account signs in through the organisation and has no password in Helhed.
  if (user.federated) return `${status}, ${da.accounts.federation.ui.federatedAccount}`;
  return user.mustChangePassword
    ? `${status}, ${da.users.mustChangePassword.toLocaleLowerCase('da')}`
    : status;
}

const COLUMNS: ReadonlyArray<Column<User>> = [
  {
    key: 'displayName',
    header: da.users.displayName,
    rowHeader: true,
    render: (user) => user.displayName,
    sortValue: (user) => user.displayName,
  },
  { key: 'email', header: da.users.email, render: (user) => user.email, sortValue: (user) => user.email },
  {
    key: 'role',
    header: da.users.role,
    render: (user) => da.roles[user.role],
    sortValue: (user) => da.roles[user.role],
  },
  {
    key: 'status',
    header: da.users.status,
    render: (user) => statusText(user),
    sortValue: (user) => statusText(user),
  },
  {
    key: 'lastSignInAt',
    header: da.users.lastSignIn,
    render: (user) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt) : da.users.never),
    sortValue: (user) => (user.lastSignInAt ? Date.parse(user.lastSignInAt) : null),
    filterValue: (user) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt) : da.users.never),
  },
];

export function UsersTable({ users }: { users: ReadonlyArray<User> }) {
  return (
    <DataTable
      caption={da.users.title}
      columns={COLUMNS}
      rows={users}
      rowKey={(user) => user.id}
      emptyText={da.users.noUsers}
      filterable
      initialSort={{ key: 'displayName', direction: 'ascending' }}
    />
  );
}
