// File names derived from what the planner typed.

/** A file-name stem from a project title ("Kenya counties, 2019" → "kenya-counties-2019"). */
export function safeFileName(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'project';
}

/** The name a project is exported under, and reported as in report.json. */
export function projectFileName(title: string): string {
  return `${safeFileName(title)}.lastmile.json`;
}
