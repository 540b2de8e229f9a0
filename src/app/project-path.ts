// Resolves a path written in a project file against the project file's own folder, the
// way the CLI does on disk, so bundled projects open unchanged in the browser.

/** `base`/`relative` normalised, with "." and ".." segments resolved (POSIX separators). */
export function joinPath(base: string, relative: string): string {
  const out: string[] = [];
  for (const part of [...base.split('/'), ...relative.split('/')]) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) throw new Error(`path "${relative}" leaves the project folder`);
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
