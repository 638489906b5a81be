import { useState } from 'react';
import { isMessageKey } from '../../../shared/i18n';
import type { ChannelOutput } from '../../../shared/ipc';
import { ACCESS_LOG_SHOWN } from '../../../shared/channels/workerChannels';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT, type Translator } from '../../i18n/LocaleContext';
import { clockTime, localDate } from '../../app/localTime';

type AccessLogRow = ChannelOutput<'workers.accessLog'>[number];

/** What was done, in a word: read, changed, a document, or refused (whatever was asked). */
function actionText(row: AccessLogRow, { t }: Translator): string {
  if (row.outcome === 'denied') return t('accessLog.action.refused');
  if (row.action === 'write') return t('accessLog.action.write');
  if (row.action === 'amend') return t('accessLog.action.amend');
  if (row.action === 'document') return t('accessLog.action.document');
  if (row.action === 'export') return t('accessLog.action.export');
  return t('accessLog.action.read');
}

/** The channel in plain words; a channel without a description is shown by its name. */
function channelText(channel: string, { t }: Translator): string {
  const key = `accessLog.channel.${channel}`;
  return isMessageKey(key) ? t(key) : channel;
}

/**
 * Who looked at or changed this dossier, newest first. Folded away until asked for: the list is
 * loaded when it is opened, and that opening is itself recorded in the log.
 */
export function AccessLogSection({ workerId }: { workerId: number }) {
  const translator = useT();
  const { t, date } = translator;
  const [rows, setRows] = useState<AccessLogRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function load() {
    setFailure(null);
    const result = await call('workers.accessLog', { id: workerId });
    if (result.ok) setRows(result.value);
    else setFailure(errorText(result.error, translator));
  }

  return (
    <details
      className="panel access-log"
      onToggle={(event) => {
        if (event.currentTarget.open) void load();
      }}
    >
      <summary>
        <h2>{t('accessLog.title')}</h2>
      </summary>
      <p className="lead">{t('accessLog.intro')}</p>
      {failure && <Notice tone="error">{failure}</Notice>}
      {rows === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {rows !== null && rows.length === 0 && <p className="muted">{t('accessLog.empty')}</p>}
      {rows !== null && rows.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.who')}</th>
                <th scope="col">{t('accessLog.role')}</th>
                <th scope="col">{t('accessLog.what')}</th>
                <th scope="col">{t('accessLog.details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={row.outcome === 'denied' ? 'access-log__refused' : undefined}>
                  <td className="nowrap">
                    {date(localDate(row.at))} {clockTime(row.at)}
                  </td>
                  <td>{row.userName ?? t('accessLog.unknownUser')}</td>
                  <td>{row.role ? t(`role.${row.role}`) : '—'}</td>
                  <td>{actionText(row, translator)}</td>
                  <td>{channelText(row.channel, translator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows !== null && rows.length >= ACCESS_LOG_SHOWN && (
        <p className="muted small">{t('accessLog.limited', { count: ACCESS_LOG_SHOWN })}</p>
      )}
    </details>
  );
}
