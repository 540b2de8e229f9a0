// Find a district by name: typing offers the names (a datalist, so the browser's own list is
// used by keyboard and screen readers alike); picking one selects it and frames it on the map.
import { useId, useState } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { nounText } from '../state/words.ts';

interface Props {
  names: readonly string[];
  /** What one district is called ("county"). */
  noun: string;
  onFound(index: number): void;
}

/** Most names offered at once: a list of every one of 3,000 counties would be 3,000 elements in the page (issue #18's budget). */
const MAX_SUGGESTIONS = 20;

/** Indices of the names that contain `text` (names starting with it first), at most MAX_SUGGESTIONS; none before anything is typed. */
export function suggestions(names: readonly string[], text: string): number[] {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return [];
  const starts: number[] = [];
  const contains: number[] = [];
  names.forEach((n, i) => {
    const at = n.toLowerCase().indexOf(wanted);
    if (at === 0) starts.push(i);
    else if (at > 0) contains.push(i);
  });
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

export function DistrictSearch({ names, noun, onFound }: Props) {
  const words = useWords();
  const { t } = words;
  const one = nounText(noun, words);
  const [text, setText] = useState('');
  const [notFound, setNotFound] = useState(false);
  const listId = useId();
  const find = (value: string, submitted: boolean) => {
    const wanted = value.trim().toLowerCase();
    if (!wanted) return setNotFound(false);
    const exact = names.findIndex((n) => n.toLowerCase() === wanted);
    // On Enter, a name that only one district contains is enough ("nair" → Nairobi).
    const partial = submitted && exact < 0 ? uniqueMatch(names, wanted) : -1;
    const index = exact >= 0 ? exact : partial;
    if (index >= 0) {
      setNotFound(false);
      setText(names[index]!);
      onFound(index);
    } else if (submitted) setNotFound(true);
  };
  return (
    <form
      className="district-search"
      role="search"
      aria-label={t('search.label', { noun: one })}
      onSubmit={(e) => {
        e.preventDefault();
        find(text, true);
      }}
    >
      <input
        type="search"
        list={listId}
        value={text}
        placeholder={t('search.placeholder', { noun: one })}
        aria-label={t('search.input', { noun: one })}
        aria-invalid={notFound}
        onChange={(e) => {
          setText(e.target.value);
          find(e.target.value, false);
        }}
      />
      <datalist id={listId}>
        {suggestions(names, text).map((i) => (
          <option key={i} value={names[i]} />
        ))}
      </datalist>
      {notFound && <span className="warn-text" role="status">{t('search.notFound', { noun: one, text })}</span>}
    </form>
  );
}

function uniqueMatch(names: readonly string[], wanted: string): number {
  const hits = names.flatMap((n, i) => (n.toLowerCase().includes(wanted) ? [i] : []));
  return hits.length === 1 ? hits[0]! : -1;
}
