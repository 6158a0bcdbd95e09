import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { RegistrationGate } from './registration-gate.tsx';

type RegistrationPageProps = {
  title: string;
  /** A link back to the list the page belongs to. */
  back?: { to: string; label: string };
  children: ReactNode;
};

/** A registration page: its title, a link back, and the content only for roles that may see it. */
export function RegistrationPage({ title, back, children }: RegistrationPageProps) {
  return (
    <Page title={title}>
      {back ? (
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      <RegistrationGate>{children}</RegistrationGate>
    </Page>
  );
}

type ItemProps<T> = {
  /** The query hook of the item named by the route's `:id`. */
  useItem: (id: string) => UseQueryResult<T>;
  children: (item: T) => ReactNode;
};

function Item<T>({ useItem, children }: ItemProps<T>) {
  const { id = '' } = useParams();
  return (
    <QuerySection query={useItem(id)} as="div" retry={false}>
      {children}
    </QuerySection>
  );
}

/** A page about one participant, forløb or hold: fetched only once the gate has let the user in. */
export function RegistrationItemPage<T>({
  title,
  back,
  useItem,
  children,
}: Omit<RegistrationPageProps, 'children'> & ItemProps<T>) {
  return (
    <RegistrationPage title={title} back={back}>
      <Item useItem={useItem}>{children}</Item>
    </RegistrationPage>
  );
}
