import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ApiError, ApiResult, ChannelOutput } from '../../../shared/ipc';
import { call, hasSystemDialogs } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

type Status = ChannelOutput<'backups.status'>;

/** Refusals about the chosen folder itself. */
const folderCodes = new Set<ApiError['code']>(['backupFolderMissing', 'backupFolderUnusable']);
type Backup = ChannelOutput<'backups.list'>[number];
type Preview = ChannelOutput<'backups.preview'>;

/** Date and time in the user's language, in the computer's time zone. */
function moment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** Backups: where they go, how recent the last good one is, one on demand, and restoring one. */
export function BackupPanel({ onRestored }: { onRestored(): void }) {
  const translator = useT();
  const { t, locale } = translator;
  const [status, setStatus] = useState<Status | null>(null);
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<Backup[]>([]);
  const form = useSubmitForm();
  const { setFailure } = form;

  const load = useCallback(async () => {
    const [current, list] = await Promise.all([call('backups.status', {}), call('backups.list', {})]);
    if (current.ok) {
      setStatus(current.value);
      setFolder(current.value.folder ?? '');
    } else setFailure(current.error);
    if (list.ok) setBackups(list.value);
  }, [setFailure]);
  useEffect(() => void load(), [load]);

  async function act(request: () => Promise<ApiResult<Status>>) {
    // What is wrong with the folder is said at the folder.
    const result = await form.send(request, (error) => (folderCodes.has(error.code) ? { folder: error } : null));
    if (result === null) return;
    setStatus(result.value);
    setFolder(result.value.folder ?? '');
    const list = await call('backups.list', {});
    if (list.ok) setBackups(list.value);
  }

  function saveFolder(event: FormEvent) {
    event.preventDefault();
    void act(() => call('backups.setFolder', { folder: folder.trim() === '' ? null : folder.trim() }));
  }

  const runNow = (
    <button type="button" className="button button--primary" disabled={form.busy || !status?.folder} onClick={() => void act(() => call('backups.runNow', {}))}>
      {form.busy ? t('backups.running') : t('backups.runNow')}
    </button>
  );

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.section')}</h2>
      <p className="lead">{t('backups.hint')}</p>
      {status && (
        <p className="backup-status" id="backup-status" aria-live="polite">
          {status.lastGood ? t('backups.lastGood', { when: moment(status.lastGood, locale.language) }) : t('backups.none')}
        </p>
      )}
      {status?.stale && status.folder && <Notice tone="error">{t('backups.stale')}</Notice>}
      {status?.lastFailure && <Notice tone="error">{t('backups.failedSince', { when: moment(status.lastFailure, locale.language) })}</Notice>}
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {hasSystemDialogs ? (
        <div className="backup-folder">
          <h3>{t('backups.folder')}</h3>
          <p>{status?.folder ?? t('backups.noFolder')}</p>
          {form.errors.folder && <Notice tone="error">{form.errors.folder}</Notice>}
          <div className="form-actions">
            <button type="button" className="button" disabled={form.busy} onClick={() => void act(() => call('backups.chooseFolder', {}))}>
              {t('backups.chooseFolder')}
            </button>
            {runNow}
          </div>
        </div>
      ) : (
        <form ref={form.ref} onSubmit={saveFolder} noValidate className="backup-folder">
          <Field label={t('backups.folder')} hint={t('backups.folderHint')} error={form.errors.folder}>
            {(props) => <input {...props} value={folder} spellCheck={false} onChange={(e) => setFolder(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.busy}>
              {t('backups.saveFolder')}
            </button>
            {runNow}
          </div>
        </form>
      )}
      {backups.length > 0 && <RestoreForm backups={backups} onRestored={onRestored} />}
    </section>
  );
}

/** Restore: pick a backup, open it with the recovery key or a passphrase of its time, look, then replace. */
function RestoreForm({ backups, onRestored }: { backups: Backup[]; onRestored(): void }) {
  const translator = useT();
  const { t, locale } = translator;
  const [file, setFile] = useState(backups[0]?.file ?? '');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const form = useSubmitForm();

  async function run(channel: 'backups.preview' | 'backups.restore') {
    const result = await form.send(
      () => call(channel, { file, recoveryKey }),
      (error) => (error.code === 'invalidRecoveryKey' ? { recoveryKey: error } : null),
    );
    if (result === null) return;
    if (channel === 'backups.restore') return onRestored();
    setPreview(result.value);
  }

  return (
    <form
      ref={form.ref}
      className="backup-restore"
      aria-labelledby="restore-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run('backups.preview');
      }}
    >
      <h3 id="restore-title">{t('backups.restoreSection')}</h3>
      <p className="field__hint">{t('backups.restoreHint')}</p>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <div className="form-grid">
        <Field label={t('backups.choose')} error={form.errors.file}>
          {(props) => (
            <select
              {...props}
              value={file}
              onChange={(e) => {
                setFile(e.target.value);
                setPreview(null);
              }}
            >
              {backups.map((backup) => (
                <option key={backup.file} value={backup.file}>
                  {moment(backup.writtenAt, locale.language)} ({t(`backups.kind.${backup.kind}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('recoveryKey.label')} error={form.errors.recoveryKey}>
          {(props) => <input {...props} value={recoveryKey} autoComplete="off" spellCheck={false} onChange={(e) => setRecoveryKey(e.target.value)} />}
        </Field>
      </div>
      {preview && (
        <p className="backup-preview" role="status">
          {t('backups.previewText', {
            when: moment(preview.writtenAt, locale.language),
            version: preview.appVersion,
            schema: preview.schemaVersion,
            workers: preview.workers,
            consultations: preview.consultations,
            employers: preview.employers,
            accounts: preview.accounts,
          })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.busy || recoveryKey.trim() === ''}>
          {t('backups.preview')}
        </button>
        {preview && (
          <button type="button" className="button button--neutral" disabled={form.busy} onClick={() => void run('backups.restore')}>
            {t('backups.restore')}
          </button>
        )}
      </div>
    </form>
  );
}
