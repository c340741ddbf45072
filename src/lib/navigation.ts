/**
 * True when `currentPath` lies in the menu section that starts at `sectionPath`.
 * Both are site paths without the base (e.g. `/forloeb/kraeft/` in `/forloeb/`).
 */
export function isCurrentSection(currentPath: string, sectionPath: string): boolean {
  if (sectionPath === '/') return currentPath === '/';
  return currentPath === sectionPath || currentPath.startsWith(sectionPath);
}

/** Strips the configured base from a pathname, so `/rehab/forloeb/` becomes `/forloeb/`. */
export function stripBase(pathname: string, base: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  if (cleanBase === '/') return pathname;
  return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}
