// The footer's credits: each data file's source and licence as the project file gives them
// (its `sources` key), so every project — bundled or the planner's own — credits its data.
import type { Project } from '../core/project/types.ts';

export function DataCredits({ project }: { project: Project | null }) {
  const sources = project?.sources ?? [];
  const tiles = (project?.tiles ?? []).length > 0;
  return (
    <footer className="sources">
      {sources.length > 0 ? (
        <>
          Data:{' '}
          {sources.map((s, i) => (
            <span key={`${s.file}-${i}`} className="source">
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {[s.publisher, s.licence].filter(Boolean).length > 0 && ` (${[s.publisher, s.licence].filter(Boolean).join('; ')})`}
              {i < sources.length - 1 ? '; ' : '. '}
            </span>
          ))}
        </>
      ) : (
        <>
          Data: your files — keep their sources and licences with anything you export (a project file can list them under &quot;sources&quot;).{' '}
          {tiles && 'Speed-test tiles from Ookla: “Speedtest® by Ookla® Global Fixed and Mobile Network Performance Maps”, CC BY-NC-SA 4.0. '}
        </>
      )}
      Basemap: Natural Earth via world-atlas. Computed in your browser; nothing leaves this device.
    </footer>
  );
}
