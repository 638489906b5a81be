import type { AgendaItem } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n';
import { POORTWACHTER_LABELS, textIn, type PoortwachterCode } from '../../../shared/rules';
import type { Translator } from '../../i18n/LocaleContext';

/** What is due, in a few words. */
export function agendaItemLabel(item: AgendaItem, { t, locale }: Translator): string {
  switch (item.kind) {
    case 'poortwachter':
      return textIn(POORTWACHTER_LABELS[item.code as PoortwachterCode], locale.language, locale.jurisdiction);
    case 'belgianMilestone':
      return t(`agenda.belgian.${item.code}` as MessageKey);
    default:
      return t(`agenda.kind.${item.kind}`);
  }
}
