import { type Locale, translate } from '../../../shared/i18n';
import type { ConsultationDocumentKind } from './consultationDocuments';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** 'Van der Berg-Ölçer' -> 'van-der-berg-olcer': lower case ASCII letters and digits joined by '-'. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** e.g. 'consultverslag-de-wit-2026-03-16.pdf', in the document's language. */
export function documentFileName(kind: ConsultationDocumentKind | 'questionnaire', locale: Locale, lastName: string, date: string): string {
  const parts = [translate(locale, `documentsUi.file.${kind}`), asciiSlug(lastName), date].filter((part) => part !== '');
  return `${parts.join('-')}.pdf`;
}
