import { NavLink } from 'react-router';

export interface SubNavItem {
  to: string;
  label: string;
  /** Active only on exactly this path (the section's overview), not on pages below it. */
  end?: boolean;
}

/** The sub-menu above a section's pages (Plan, Beredskab, Rapporter, Program, …). */
export function SubNav({ label, items }: { label: string; items: readonly SubNavItem[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="sub-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
