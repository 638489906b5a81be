import { type Locale, type MessageKey, type MessageParams, translate } from '../../../shared/i18n';
import { formatDate } from '../../../shared/i18n/format';
import { type AdviceContext, type AdviceKey, type LocalizedText, adviceText, textIn } from '../../../shared/rules';
import { type Letterhead, ReportDocument } from './layout';

/** Words, dates and numbers of one document in the practice's language and jurisdiction. */
export interface DocumentText {
  locale: Locale;
  /** BCP 47 tag for the PDF: nl-NL, nl-BE, fr-BE, fr-FR or en-GB. */
  lang: string;
  t(key: MessageKey, params?: MessageParams): string;
  /** A text of the rules module, in the practice country's wording. */
  rule(text: LocalizedText): string;
  /**
   * A label of the rules module inside a sentence: the first letter in lower case unless the label
   * starts with an abbreviation; proper nouns further on keep their capitals (ziekte van Bechterew).
   */
  inline(text: LocalizedText): string;
  /** One advice as written for this case (pain relief by country, the trimmed "does not help" list). */
  advice(key: AdviceKey, context: AdviceContext): string;
  date(iso: string): string;
  /** 19.5 -> '19,5' (nl, fr) or '19.5' (en). */
  number(value: number): string;
}

/** 'Axiale spondyloartritis (ziekte van Bechterew)' -> 'axiale spondyloartritis (ziekte van Bechterew)'; 'TENS' stays. */
export function inSentence(label: string): string {
  const [first, second] = [label.charAt(0), label.charAt(1)];
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase() ? label : first.toLowerCase() + label.slice(1);
}

export function pdfLanguageTag(locale: Locale): string {
  if (locale.language === 'en') return 'en-GB';
  if (locale.language === 'fr') return locale.jurisdiction === 'BE' ? 'fr-BE' : 'fr-FR';
  return `nl-${locale.jurisdiction}`;
}

export function documentText(locale: Locale): DocumentText {
  return {
    locale,
    lang: pdfLanguageTag(locale),
    t: (key, params) => translate(locale, key, params),
    rule: (text) => textIn(text, locale.language, locale.jurisdiction),
    inline: (text) => inSentence(textIn(text, locale.language, locale.jurisdiction)),
    advice: (key, context) => textIn(adviceText(key, context), locale.language, locale.jurisdiction),
    date: (iso) => formatDate(iso, locale.language),
    number: (value) => (locale.language === 'en' ? String(value) : String(value).replace('.', ',')),
  };
}

export interface DocumentFrame {
  title: string;
  subject: string;
  letterhead: Letterhead;
  confidentiality: string;
  /** Creation instant (ISO) for the PDF metadata. */
  issuedAt: string;
}

/** A report with the shared layout, metadata and footer in the document's language. */
export function createDocumentReport(text: DocumentText, frame: DocumentFrame): ReportDocument {
  return new ReportDocument({
    lang: text.lang,
    title: frame.title,
    subject: frame.subject,
    createdAt: new Date(frame.issuedAt),
    letterhead: frame.letterhead,
    confidentiality: frame.confidentiality,
    pageLabel: (page, count) => text.t('documents.pageOf', { page, count }),
  });
}
