import { da } from '@helhed/core';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useUsers } from '../api/get-users.ts';
import { CreateUserForm } from '../components/create-user-form.tsx';
import { HandoverForm } from '../components/handover-form.tsx';
import { ManageUserForm } from '../components/manage-user-form.tsx';
import { TeamsPanel } from '../components/teams-panel.tsx';
import { UsersTable } from '../components/users-table.tsx';

export function UsersPage() {
  const users = useUsers();
  return (
    <Page title={da.users.title}>
      <p className="lead">{da.users.intro}</p>
      <section className="panel" aria-busy={users.isPending} aria-label={da.users.title}>
        {users.isPending ? <Loading /> : null}
        {users.isError ? <QueryError error={users.error} onRetry={() => users.refetch()} /> : null}
        {users.data ? <UsersTable users={users.data} /> : null}
      </section>
      <TeamsPanel />
      <section className="panel">
        <CreateUserForm />
      </section>
      <section className="panel">
        <ManageUserForm />
      </section>
      <section className="panel">
        <HandoverForm />
      </section>
    </Page>
  );
}
