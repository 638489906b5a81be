import { useT } from '../i18n/LocaleContext';

/** A form's submit button: "Opslaan", or "Bezig met opslaan…" and disabled while the save runs. */
export function SaveButton({ busy }: { busy: boolean }) {
  const { t } = useT();
  return (
    <button type="submit" className="button button--primary" disabled={busy}>
      {busy ? t('common.saving') : t('common.save')}
    </button>
  );
}
