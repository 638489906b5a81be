import type { User } from '../../../shared/model';
import { useT } from '../../i18n/LocaleContext';
import { OwnPasswordForm } from './OwnPasswordForm';

/** What every signed-in user manages for themselves: their password. */
export function AccountScreen({ user }: { user: User }) {
  const { t } = useT();
  return (
    <div className="settings">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
        <p className="lead">{t('account.intro', { name: user.name })}</p>
      </header>
      <OwnPasswordForm user={user} />
    </div>
  );
}
