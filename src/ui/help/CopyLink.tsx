// "Copy link": the page's address, which holds the view (src/state/view-url.ts), to the
// clipboard; where the browser refuses, the planner is told the address bar has it.
import { useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';

export function CopyLink() {
  const { t } = useWords();
  const [said, setSaid] = useState<'copied' | 'failed' | null>(null);
  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() => {
          // No clipboard outside a secure context (a plain-http address on the network).
          if (!navigator.clipboard) return setSaid('failed');
          navigator.clipboard.writeText(window.location.href).then(
            () => setSaid('copied'),
            () => setSaid('failed'),
          );
        }}
      >
        {t('share.copy')}
      </button>
      <span role="status" className="copy-said">
        {said === 'copied' ? t('share.copied') : said === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </span>
  );
}
