import { da } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useStaffHours } from '../api/get-staff-hours.ts';
import { CaptionedTable } from '../components/table-wrap.tsx';
import { formatHours } from '../lib/format.ts';

export function StaffHoursPage() {
  const hours = useStaffHours();
  return (
    <Page title={da.planUi.staffHoursTitle}>
      <p className="lead">{da.planUi.staffHoursIntro}</p>
      <QuerySection query={hours} label={da.planUi.staffHoursTitle}>
        {(data) => (
          <CaptionedTable
            caption={da.planUi.staffHoursCaption}
            headers={[
              da.planUi.focusArea,
              da.planUi.subAgreement,
              da.planUi.role,
              da.planUi.weeklyHours,
              da.planUi.note,
            ]}
            testId="staff-hours"
            footer={
              <tr>
                <th scope="row" colSpan={3}>
                  {da.planUi.total}
                </th>
                <td>{formatHours(data.totalWeeklyStaffHours)}</td>
                <td />
              </tr>
            }
          >
            {data.focusAreas.flatMap((area) => [
              <tr key={area.slug}>
                <th scope="row">
                  <Link to={`/plan/indsatsomraader/${area.slug}`}>{area.name}</Link>
                </th>
                <td>{area.subAgreementName}</td>
                <td>{da.planUi.total}</td>
                <td>{formatHours(area.weeklyStaffHours)}</td>
                <td>
                  {[area.weeklyStaffHoursAsWritten, area.staffHoursIncludes, area.staffHoursNote]
                    .filter(Boolean)
                    .join(' · ') || da.web.empty}
                </td>
              </tr>,
              ...area.lines.map((line) => (
                <tr key={`${area.slug}-${line.label}`}>
                  <th scope="row">{area.name}</th>
                  <td>{area.subAgreementName}</td>
                  <td>{line.label}</td>
                  <td>{formatHours(line.weeklyHours)}</td>
                  <td />
                </tr>
              )),
            ])}
          </CaptionedTable>
        )}
      </QuerySection>
    </Page>
  );
}
