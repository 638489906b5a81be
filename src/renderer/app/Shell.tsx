import type { Language, User } from '../../shared/model';
import { hasPermission } from '../../shared/permissions';
import { call } from '../api/client';
import { useT } from '../i18n/LocaleContext';
import { WorkersScreen } from '../features/workers/WorkersScreen';
import { EmployersScreen } from '../features/workplaces/EmployersScreen';
import { DemoOffer } from '../features/setup/DemoOffer';
import { PreventionScreen } from '../features/prevention/PreventionScreen';
import { DossierRoutes } from '../features/dossier/DossierRoutes';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AccountScreen } from '../features/account/AccountScreen';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { localToday } from './today';
import { dossierRoute, href, paths } from './routes';
import { useHashRoute } from './useHashRoute';
import type { MessageKey } from '../../shared/i18n';

interface NavItem {
  path: string;
  label: MessageKey;
}

/** The signed-in application: header, navigation and the current screen. */
export function Shell({
  user,
  practiceName,
  practiceEmpty,
  onPracticeServer,
  canSeeDossiers,
  onLanguage,
  onStatusChange,
  onSignedOut,
  onLock,
}: {
  user: User;
  practiceName: string;
  practiceEmpty: boolean;
  /** A workstation of a practice server: the server's administrator keeps the database and its backups. */
  onPracticeServer: boolean;
  canSeeDossiers: boolean;
  onLanguage(language: Language): void;
  onStatusChange(): void;
  onSignedOut(): void;
  /** Locks the screen now; the passphrase unlocks it. */
  onLock(): void;
}) {
  const { t, locale } = useT();
  const [path, navigate] = useHashRoute();
  const today = localToday();

  const items: NavItem[] = [
    ...(canSeeDossiers ? [{ path: paths.workers(), label: 'nav.workers' as const }] : []),
    ...(canSeeDossiers ? [{ path: paths.agenda(), label: 'nav.agenda' as const }] : []),
    { path: paths.employers(), label: 'nav.workplaces' },
    ...(hasPermission(user.role, 'aggregates.read') ? [{ path: paths.prevention(), label: 'nav.prevention' as const }] : []),
    ...(hasPermission(user.role, 'practice.admin') ? [{ path: paths.settings(), label: 'nav.settings' as const }] : []),
    { path: paths.account(), label: 'nav.account' },
  ];
  const current = items.find((item) => path.startsWith(item.path)) ?? items[0];
  const doctorRoute = canSeeDossiers ? dossierRoute(path) : null;
  // Beside the buttons on a wide window; below 1180 px the name and role show over "My account".
  const signedInAs = `${user.name} · ${t(`role.${user.role}`)}`;
  const screenFailedTexts = { title: t('app.screenFailed.title'), body: t('app.screenFailed.body'), retry: t('app.screenFailed.retry') };

  async function signOut() {
    await call('auth.signOut', {});
    onSignedOut();
  }

  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand" title={`${t('app.name')} · ${practiceName}`}>
          <span className="shell__logo" aria-hidden="true" />
          <span className="shell__name">{t('app.name')}</span>
          <span className="shell__practice">{practiceName}</span>
        </div>
        <nav aria-label={t('nav.main')} className="shell__nav">
          {items.map((item) => (
            <a
              key={item.path}
              href={href(item.path)}
              aria-current={current === item ? 'page' : undefined}
              title={item.path === paths.account() ? signedInAs : undefined}
            >
              {t(item.label)}
            </a>
          ))}
        </nav>
        <div className="shell__user">
          <label htmlFor="language-switch" className="visually-hidden">
            {t('common.language')}
          </label>
          <select id="language-switch" value={locale.language} onChange={(e) => onLanguage(e.target.value as Language)}>
            <option value="nl">NL</option>
            <option value="fr">FR</option>
            <option value="en">EN</option>
          </select>
          <span className="shell__account" title={signedInAs}>
            <span className="shell__person">{user.name}</span>
            <span className="visually-hidden">, </span>
            <span className="shell__role">{t(`role.${user.role}`)}</span>
          </span>
          <button type="button" className="button button--quiet" onClick={onLock}>
            {t('lock.now')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <main className="shell__main">
        {practiceEmpty && hasPermission(user.role, 'practice.admin') && (
          <DemoOffer
            onLoaded={() => {
              onStatusChange();
              navigate(paths.workers());
            }}
          />
        )}
        <ScreenErrorBoundary path={path} texts={screenFailedTexts}>
          {doctorRoute && <DossierRoutes route={doctorRoute} />}
          {current?.path === paths.workers() && !doctorRoute && <WorkersScreen key={`workers-${String(practiceEmpty)}`} today={today} />}
          {current?.path === paths.employers() && <EmployersScreen canEdit={hasPermission(user.role, 'workplace.write')} onEmployerAdded={onStatusChange} />}
          {current?.path === paths.prevention() && <PreventionScreen path={path} user={user} today={today} />}
          {current?.path === paths.settings() && <SettingsScreen user={user} onPracticeServer={onPracticeServer} onLanguage={onLanguage} onStatusChange={onStatusChange} />}
          {current?.path === paths.account() && <AccountScreen user={user} />}
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
