import type { Locale, Message } from './message';
import { commonMessages } from './messages/common';
import { documentMessages } from './messages/documents';
import { documentsUiMessages } from './messages/documentsUi';
import { errorMessages } from './messages/errors';
import { setupMessages } from './messages/setup';
import { workerMessages } from './messages/workers';
import { workplaceMessages } from './messages/workplaces';
import { preventionMessages } from './messages/prevention';
import { dossierMessages } from './messages/dossier';
import { intakeMessages } from './messages/intake';
import { clinicalPanelMessages } from './messages/clinicalPanel';
import { rtwMessages } from './messages/rtw';
import { agendaMessages } from './messages/agenda';
import { settingsMessages } from './messages/settings';
import { accessLogMessages } from './messages/accessLog';
import { episodeMessages } from './messages/episodes';
import { keyMessages } from './messages/keys';
import { backupMessages } from './messages/backups';
import { dossierExportMessages } from './messages/dossierExport';
import { retentionMessages } from './messages/retention';
import { legalMessages } from './messages/legal';
import { followUpMessages } from './messages/followUp';
import { practiceServerMessages } from './messages/practiceServer';
import { consultationSafetyMessages } from './messages/consultationSafety';
import { glanceMessages } from './messages/glance';
import { concurrencyMessages } from './messages/concurrency';

export type { Locale, Message } from './message';

export const messages = {
  ...commonMessages,
  ...documentMessages,
  ...documentsUiMessages,
  ...errorMessages,
  ...setupMessages,
  ...workerMessages,
  ...workplaceMessages,
  ...preventionMessages,
  ...dossierMessages,
  ...glanceMessages,
  ...intakeMessages,
  ...clinicalPanelMessages,
  ...rtwMessages,
  ...agendaMessages,
  ...settingsMessages,
  ...accessLogMessages,
  ...episodeMessages,
  ...keyMessages,
  ...backupMessages,
  ...dossierExportMessages,
  ...retentionMessages,
  ...legalMessages,
  ...followUpMessages,
  ...practiceServerMessages,
  ...consultationSafetyMessages,
  ...concurrencyMessages,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;

export type MessageParams = Record<string, string | number>;

/** The message in the locale's language, with each `{name}` filled in from `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message: Message = messages[key];
  let text = message[locale.language];
  if (locale.language === 'nl') {
    const regional = locale.jurisdiction === 'BE' ? message.nlBE : message.nlNL;
    if (regional !== undefined) text = regional;
  }
  return text.replace(/\{(\w+)\}/g, (marker, name: string) =>
    name in params ? String(params[name]) : marker,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}
