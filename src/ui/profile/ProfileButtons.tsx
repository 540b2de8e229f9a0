// The selected district's way to its full profile and into the comparison.
import { useWords } from '../../i18n/use-words.ts';

interface Props {
  compared: boolean;
  onProfile(): void;
  onToggleCompare(): void;
}

export function ProfileButtons({ compared, onProfile, onToggleCompare }: Props) {
  const { t } = useWords();
  return (
    <span className="profile-buttons">
      <button type="button" onClick={onProfile}>
        {t('profile.open')}
      </button>
      <button type="button" aria-pressed={compared} onClick={onToggleCompare}>
        {t('compare.toggle')}
      </button>
    </span>
  );
}
