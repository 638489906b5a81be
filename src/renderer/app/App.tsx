import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc';
import type { Language } from '../../shared/model';
import { hasPermission } from '../../shared/permissions';
import { call, whenLocked } from '../api/client';
import { LocaleProvider } from '../i18n/LocaleContext';
import { FirstStartScreen } from '../features/setup/FirstStartScreen';
import { LockScreen } from '../features/setup/LockScreen';
import { PracticeServerCheck } from '../features/setup/PracticeServerCheck';
import { RecoveryKeyScreen } from '../features/setup/RecoveryKeyScreen';
import { SignInScreen } from '../features/setup/SignInScreen';
import { WorkerModeScreen } from '../features/workerMode/WorkerModeScreen';
import { Shell } from './Shell';
import { useIdleLock } from './useIdleLock';

type Status = ChannelOutput<'app.status'>;
type Connection = ChannelOutput<'workstation.server'>;
const languageKey = 'ruggensteun.language';

function storedLanguage(): Language | null {
  const value = localStorage.getItem(languageKey);
  return value === 'nl' || value === 'fr' || value === 'en' ? value : null;
}

/** Chooses the screen from the practice's state: first start, sign-in, or the application. */
export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [connection, setConnection] = useState<Connection | null>(null);
  const [failed, setFailed] = useState(false);
  const [language, setLanguage] = useState<Language | null>(storedLanguage);

  // On a workstation of a practice server, nothing is asked of the server before its certificate is trusted.
  const reload = useCallback(async () => {
    const server = await call('workstation.server', {});
    if (!server.ok) return setFailed(true);
    setConnection(server.value);
    if (server.value.mode === 'client' && server.value.state !== 'trusted') return setStatus(null);
    const result = await call('app.status', {});
    if (result.ok) setStatus(result.value);
    else setFailed(true);
  }, []);
  useEffect(() => void reload(), [reload]);

  // After signing out only the sign-in screen is shown, at once: nothing of the previous session
  // stays on screen while the status is read again, and the next account starts at its own home.
  const signedOut = useCallback(() => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setStatus((current) => current && { ...current, user: null });
    void reload();
  }, [reload]);

  // Locked by main (a call refused after the idle time), by the idle timer here, or by the user.
  const [locked, setLocked] = useState(false);
  useEffect(() => setLocked(status?.locked ?? false), [status]);
  useEffect(() => {
    whenLocked(() => setLocked(true));
    return () => whenLocked(null);
  }, []);
  const lock = useCallback(() => {
    void call('auth.lock', {}).then(() => setLocked(true));
  }, []);
  useIdleLock(status?.user && !locked ? status.idleLockMinutes : null, lock);

  const chooseLanguage = useCallback((next: Language) => {
    localStorage.setItem(languageKey, next);
    setLanguage(next);
  }, []);

  const locale = useMemo(
    () => ({
      language: language ?? status?.practice?.language ?? 'nl',
      jurisdiction: status?.practice?.jurisdiction ?? 'NL',
    }),
    [language, status],
  );

  useEffect(() => {
    document.documentElement.lang = locale.language;
  }, [locale.language]);

  if (failed) {
    return (
      <main className="welcome">
        <p role="alert">Ruggensteun is niet bereikbaar. Herstart de toepassing.</p>
      </main>
    );
  }
  if (connection?.mode === 'client' && connection.state !== 'trusted') {
    return (
      <LocaleProvider locale={locale}>
        <PracticeServerCheck connection={connection} onChecked={() => void reload()} />
      </LocaleProvider>
    );
  }
  if (!status) return null;

  return (
    <LocaleProvider locale={locale}>
      {!status.initialized && <FirstStartScreen onDone={() => void reload()} onLanguage={chooseLanguage} />}
      {status.initialized && !status.user && (
        <SignInScreen practiceName={status.practice?.name ?? ''} onSignedIn={() => void reload()} />
      )}
      {status.initialized && status.user && status.workerMode && <WorkerModeScreen onLeft={() => void reload()} />}
      {status.initialized && status.user && !status.workerMode && status.recoveryKey && (
        <RecoveryKeyScreen
          recoveryKey={status.recoveryKey}
          practiceName={status.practice?.name ?? ''}
          onPracticeServer={connection?.mode === 'client'}
          onDone={() => void reload()}
        />
      )}
      {status.initialized && status.user && !status.workerMode && !status.recoveryKey && (
        <>
          <div className="lock-guard" inert={locked} aria-hidden={locked || undefined}>
            <Shell
              user={status.user}
              practiceName={status.practice?.name ?? ''}
              practiceEmpty={status.empty}
              onPracticeServer={connection?.mode === 'client'}
              canSeeDossiers={hasPermission(status.user.role, 'dossier.read')}
              onLanguage={chooseLanguage}
              onStatusChange={() => void reload()}
              onSignedOut={signedOut}
              onLock={lock}
            />
          </div>
          {locked && (
            <LockScreen user={status.user} practiceName={status.practice?.name ?? ''} onUnlocked={() => setLocked(false)} onSignedOut={signedOut} />
          )}
        </>
      )}
    </LocaleProvider>
  );
}
