// Every result can leave the app as a file — the same files `lastmile run` writes — and the
// project itself can be saved to re-run it with the CLI.
import { useMemo, useRef } from 'react';
import { downloadText } from '../app/download.ts';
import type { Project } from '../core/project/types.ts';
import type { RunView } from '../state/run-view.ts';

/** `project` is the open project as it is now (scenarios edited since the last run included). */
export function ExportMenu({ run, project, projectFile }: { run: RunView; project: Project; projectFile: string }) {
  const files = useMemo(() => run.outputs(), [run]);
  const menu = useRef<HTMLDetailsElement>(null);
  const save = (name: string, text: string, type: string) => {
    downloadText(name, text, type);
    if (menu.current) menu.current.open = false;
  };
  return (
    <details className="export-menu results-menu" ref={menu}>
      <summary>Export</summary>
      <ul>
        {Object.entries(files).map(([name, text]) => (
          <li key={name}>
            <button type="button" onClick={() => save(name, text, name.endsWith('.json') ? 'application/json' : 'text/csv')}>
              {name}
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => save(projectFile, JSON.stringify(project, null, 2) + '\n', 'application/json')}>
            {projectFile} (project)
          </button>
        </li>
      </ul>
    </details>
  );
}
