import type { LegalMilestoneLine } from '../../../shared/channels/dossierChannels';
import type { MessageKey } from '../../../shared/i18n';
import { POORTWACHTER_LABELS, textIn, type PoortwachterCode } from '../../../shared/rules';
import type { Translator } from '../../i18n/LocaleContext';

/** A legal milestone in a few words; Poortwachter ones with their week of sick leave when `withWeek`. */
export function legalMilestoneLabel(line: LegalMilestoneLine, { t, locale }: Translator, withWeek = false): string {
  if (line.scheme === 'belgian') return t(`agenda.belgian.${line.code}` as MessageKey);
  const label = textIn(POORTWACHTER_LABELS[line.code as PoortwachterCode], locale.language, locale.jurisdiction);
  return withWeek && line.week !== null ? `${label} (${t('glance.legal.week', { week: line.week })})` : label;
}
