/** A feature's links in the main navigation, the current page marked for assistive technology. */
import { Link } from '../app/router.js';

export function NavigationItems({ links, path }: { links: ReadonlyArray<readonly [href: string, label: string]>; path: string }) {
  return (
    <>
      {links.map(([href, label]) => (
        <li key={href}>
          <Link href={href} aria-current={path === href ? 'page' : undefined}>
            {label}
          </Link>
        </li>
      ))}
    </>
  );
}
