import { exportDossier } from '../../services/dossierExport/exportDossier';
import { notFound } from '../../services/domainError';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function dossierExportHandlers(store: Store): Pick<Handlers, 'dossier.export'> {
  return {
    'dossier.export': async ({ workerId }, { audit }) => {
      if (!(await store.workers.get(workerId))) throw notFound();
      // Logged before it is gathered, so the export lists itself among the accesses.
      await audit(workerId, { action: 'export' });
      const exported = await exportDossier(store, workerId);
      if (!exported) throw notFound();
      return {
        pdf: { fileName: exported.pdf.fileName, mimeType: 'application/pdf' as const, base64: exported.pdf.bytes.toString('base64') },
        json: { fileName: exported.json.fileName, mimeType: 'application/json' as const, base64: Buffer.from(exported.json.text, 'utf8').toString('base64') },
      };
    },
  };
}
