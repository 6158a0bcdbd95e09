import { da } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
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
      <QuerySection query={users} label={da.users.title}>
        {(data) => <UsersTable users={data} />}
      </QuerySection>
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
