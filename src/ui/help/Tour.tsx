// A first visit's tour in four steps, in the side panel (not over the map, which it would
// hide): dismissable, worked by keyboard, remembered in this browser, reopened from Help.
import { useEffect, useRef, useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import '../profile/profile.css';

/** The localStorage key remembering that the tour was seen or dismissed. */
export const TOUR_SEEN_KEY = 'lastmile.tour.seen';
export const TOUR_STEPS = 4;

/** Whether this browser has seen the tour (storage refused: treated as seen, never nagging). */
export function tourSeen(): boolean {
  try {
    return localStorage.getItem(TOUR_SEEN_KEY) === '1';
  } catch {
    return true;
  }
}

function rememberSeen(): void {
  try {
    localStorage.setItem(TOUR_SEEN_KEY, '1');
  } catch {
    // Storage refused: the tour shows again next visit, which is harmless.
  }
}

interface Props {
  /** Take focus on opening (reopened from Help); a first visit's tour does not pull focus from the page. */
  focus: boolean;
  onClose(): void;
}

export function Tour({ focus, onClose }: Props) {
  const { t } = useWords();
  const [step, setStep] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const close = () => {
    rememberSeen();
    onClose();
  };
  const moved = useRef(focus);
  useEffect(() => {
    if (moved.current) heading.current?.focus({ preventScroll: true });
    moved.current = true;
  }, [step]);
  return (
    <section
      className="tour"
      role="region"
      aria-labelledby="tour-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <p className="tour-step">
        {t('tour.label')} · {t('tour.step', { step: String(step), steps: String(TOUR_STEPS) })}
      </p>
      <h2 id="tour-title" ref={heading} tabIndex={-1}>
        {t(`tour.${step}.title`)}
      </h2>
      <p>{t(`tour.${step}.text`)}</p>
      <div className="tour-actions">
        <button type="button" disabled={step === 1} onClick={() => setStep(step - 1)}>
          {t('tour.back')}
        </button>
        {step < TOUR_STEPS ? (
          <button type="button" onClick={() => setStep(step + 1)}>
            {t('tour.next')}
          </button>
        ) : (
          <button type="button" onClick={close}>
            {t('tour.done')}
          </button>
        )}
        <button type="button" className="close" aria-label={t('tour.close')} onClick={close}>
          ×
        </button>
      </div>
    </section>
  );
}
