import type { User } from '../../../shared/model';
import { useT } from '../../i18n/LocaleContext';
import { OwnPasswordForm } from './OwnPasswordForm';
import { ProfessionalRegistrationPanel } from './ProfessionalRegistrationPanel';

/** What every signed-in user manages for themselves: their password; a doctor also their BIG or RIZIV number. */
export function AccountScreen({ user }: { user: User }) {
  const { t } = useT();
  return (
    <div className="settings">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
        <p className="lead">{t('account.intro', { name: user.name })}</p>
      </header>
      {user.role === 'doctor' && <ProfessionalRegistrationPanel />}
      <OwnPasswordForm user={user} />
    </div>
  );
}
