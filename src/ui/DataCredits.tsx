// The footer's credits: each data file's source and licence as the project file gives them
// (its `sources` key), so every project — bundled or the planner's own — credits its data.
import type { Project } from '../core/project/types.ts';
import { useWords } from '../i18n/use-words.ts';

export function DataCredits({ project }: { project: Project | null }) {
  const sources = project?.sources ?? [];
  const tiles = (project?.tiles ?? []).length > 0;
  const { t } = useWords();
  return (
    <footer className="sources">
      {sources.length > 0 ? (
        <>
          {t('credits.data')}{' '}
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
          {t('credits.yourFiles')}{' '}
          {tiles && `${t('credits.ookla')} `}
        </>
      )}
      {t('credits.basemap')}
    </footer>
  );
}
