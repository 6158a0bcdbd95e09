import { da, fill } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import type { GroupMappingList } from '../../../types/api.ts';
import { useGroupMappings } from '../api/get-group-mappings.ts';
import { useTeams } from '../api/get-teams.ts';
import { GroupMappingsForm } from '../components/group-mappings-form.tsx';

const federation = da.accounts.federation;

/** Which of the organisation's login this installation has set up, in words. */
function configuredText(configured: GroupMappingList['configured']): string {
  if (configured.length === 0) return federation.ui.noneConfigured;
  const providers = configured.map((provider) => federation.methods[provider]).join(', ');
  return fill(federation.ui.configured, { providers });
}

/** Administration → the groups of the organisation's login that give a role and team in the plan. */
export function GroupMappingsPage() {
  const mappings = useGroupMappings();
  const teams = useTeams();
  return (
    <Page title={federation.ui.title}>
      <p className="lead">{federation.ui.intro}</p>
      <QuerySection query={mappings} label={federation.ui.title}>
        {(data) => (
          <>
            <p>{configuredText(data.configured)}</p>
            <QuerySection query={teams} as="div">
              {(teamList) => (
                <GroupMappingsForm mappings={data.mappings} teams={teamList} configured={data.configured} />
              )}
            </QuerySection>
          </>
        )}
      </QuerySection>
    </Page>
  );
}
