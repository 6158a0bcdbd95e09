import { da, fill, formatInteger } from '@helhed/core';
import { Link } from 'react-router';
import { formatActivityFormat, formatCount, formatHours } from '../lib/format.ts';
import type { Activity, PlanArea } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';
import { TextList } from './text-list.tsx';

type ActivityDetailsProps = { activity: Activity; areas: ReadonlyArray<PlanArea> };

export function ActivityDetails({ activity, areas }: ActivityDetailsProps) {
  const areaName = (slug: string | null) => areas.find((a) => a.slug === slug)?.name ?? da.planUi.allAreas;
  return (
    <>
      <dl className="facts">
        <div className="facts__row">
          <dt>{da.planUi.focusArea}</dt>
          <dd>
            <Link to={`/plan/indsatsomraader/${activity.focusAreaSlug}`}>{activity.focusAreaName}</Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{da.planUi.structure}</dt>
          <dd>{formatActivityFormat(activity.format)}</dd>
        </div>
        <div className="facts__row">
          <dt>{da.planUi.weeklyHours}</dt>
          <dd>
            {activity.weeklyStaffHours === null ? da.web.empty : formatHours(activity.weeklyStaffHours)}
          </dd>
        </div>
      </dl>
      <h2>{da.planUi.purposes}</h2>
      {activity.purposesIntro ? <p>{activity.purposesIntro}</p> : null}
      <TextList items={activity.purposes} />
      <h2>{da.planUi.targetGroups}</h2>
      {activity.targetGroup ? <p>{activity.targetGroup}</p> : null}
      {activity.targetGroups.length > 0 ? (
        <CaptionedTable
          caption={da.planUi.targetGroupsCaption}
          headers={[da.planUi.area, da.planUi.targetGroup, da.planUi.count]}
          testId="target-groups"
          footer={
            activity.targetTotal?.count != null ? (
              <tr>
                <th scope="row">{da.planUi.total}</th>
                <td />
                <td>{formatInteger(activity.targetTotal.count)}</td>
              </tr>
            ) : null
          }
        >
          {activity.targetGroups.map((group, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never reorder.
            <tr key={index}>
              <th scope="row">{areaName(group.areaSlug)}</th>
              <td>{group.description}</td>
              <td>{formatCount(group.count)}</td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      <h2>{da.planUi.referralSources}</h2>
      <TextList items={activity.referralSources} />
      {activity.sessions.length > 0 ? (
        <>
          <h2>{da.planUi.sessions}</h2>
          {activity.sessionStructure ? <p>{activity.sessionStructure}</p> : null}
          <ol
            className="sessions"
            aria-label={fill(da.planUi.sessionsCaption, { count: activity.sessions.length })}
          >
            {activity.sessions.map((session) => (
              <li key={session.number} value={session.number}>
                <strong>{session.title}</strong>
                {session.description ? <p>{session.description}</p> : null}
                {session.topics.length ? <TextList items={session.topics} /> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h2>{da.planUi.partners}</h2>
      <TextList items={activity.partners} />
    </>
  );
}
