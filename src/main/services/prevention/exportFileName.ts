import type { WorkplaceAggregates } from '../../../shared/model';
import { foldText } from '../store/searchKey';

/** 'werkplekrapport-demo-bouwbedrijf-van-steen-2025-01-01-2025-12-31.pdf' */
export function exportFileName(a: WorkplaceAggregates, stem: string, extension: 'csv' | 'pdf'): string {
  const slug = (text: string) =>
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
  const parts = [stem, slug(a.employerName), a.unitLabel === null ? '' : slug(a.unitLabel), a.from, a.to].filter((part) => part !== '');
  return `${parts.join('-')}.${extension}`;
}
