import type { Language, User } from '../../../shared/model';
import { useT } from '../../i18n/LocaleContext';
import { AccountsPanel } from './AccountsPanel';
import { BackupPanel } from './BackupPanel';
import { KeysPanel } from './KeysPanel';
import { RetentionPanel } from './RetentionPanel';
import { PracticeSettingsForm } from './PracticeSettingsForm';

/** The practice's settings and accounts, for the doctor who runs the practice. */
export function SettingsScreen({
  user,
  onPracticeServer,
  onLanguage,
  onStatusChange,
}: {
  user: User;
  /** On a practice server the database and its backups are its administrator's: no backup panel here. */
  onPracticeServer: boolean;
  onLanguage(language: Language): void;
  onStatusChange(): void;
}) {
  const { t } = useT();
  return (
    <div className="settings">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <p className="lead">{t('settings.intro')}</p>
      </header>
      <PracticeSettingsForm
        onSaved={(saved, previous) => {
          // A new practice language is shown at once; otherwise everyone keeps the language they chose.
          if (saved.language !== previous.language) onLanguage(saved.language);
          onStatusChange();
        }}
      />
      <AccountsPanel user={user} />
      <KeysPanel onPracticeServer={onPracticeServer} onRecoveryKey={onStatusChange} />
      {!onPracticeServer && <BackupPanel onRestored={onStatusChange} />}
      <RetentionPanel />
    </div>
  );
}
