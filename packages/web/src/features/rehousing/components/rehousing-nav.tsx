import { da } from '@helhed/core';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
import { useCan, useSession } from '../../auth/api/get-session.ts';

const ui = da.rehousingUi;

/** The module's sub-navigation; households, template and import only for those who may use them. */
export function RehousingNav() {
  const can = useCan();
  const items = [
    { to: '/genhusning', label: ui.overview, end: true, show: true },
    {
      to: '/genhusning/husstande',
      label: ui.households,
      end: false,
      show: can('rehousing.read'),
    },
    { to: '/genhusning/skabelon', label: ui.template, end: false, show: can('rehousing.manage') },
    { to: '/genhusning/import', label: ui.import, end: false, show: can('rehousing.manage') },
  ].filter((item) => item.show);
  return <SubNav label={ui.subnav} items={items} />;
}

/** True for the roles that may see households (personal data). */
export function useSeesHouseholds(): boolean {
  return useCan()('rehousing.read');
}

export function useIsLeader(): boolean {
  return useSession().data?.user.role === 'leader';
}
