/**
 * True when `currentPath` lies in the menu section that starts at `sectionPath`.
 * Both are site paths without the base (e.g. `/forloeb/kraeft/` in `/forloeb/`).
 */
export function isCurrentSection(currentPath: string, sectionPath: string): boolean {
  if (sectionPath === '/') return currentPath === '/';
  return currentPath === sectionPath || currentPath.startsWith(sectionPath);
}
