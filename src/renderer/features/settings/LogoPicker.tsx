import { useState } from 'react';
import { isMessageKey } from '../../../shared/i18n';
import { MAX_LOGO_BYTES, logoTypeOf, practiceLogo } from '../../../shared/model';
import { toBase64 } from '../../api/base64';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';

/**
 * The letterhead's logo: choose a PNG or JPEG of at most 256 KB and 4,000 pixels a side, see it, or remove it. The file is
 * checked here with the same rules as main applies, so the message comes before saving.
 */
export function LogoPicker({
  logo,
  error,
  onChange,
}: {
  /** The logo as base64, or null. */
  logo: string | null;
  /** A message from the server's validation. */
  error: string | undefined;
  onChange(logo: string | null): void;
}) {
  const { t } = useT();
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) return setProblem(t('validation.logoTooLarge'));
    const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    const checked = practiceLogo.safeParse(base64);
    if (!checked.success) {
      const key = `validation.${checked.error.issues[0]?.message ?? ''}`;
      return setProblem(t(isMessageKey(key) ? key : 'validation.logoType'));
    }
    setFileName(file.name);
    onChange(base64);
  }

  const type = logo === null ? null : logoTypeOf(logo);
  return (
    <Field label={t('settings.logo')} hint={t('settings.logoHint')} error={problem ?? error}>
      {(props) => (
        <div className="logo-picker">
          <div className="logo-picker__preview">
            {logo !== null && type !== null ? (
              <img src={`data:${type};base64,${logo}`} alt={t('settings.logoPreview')} />
            ) : (
              <span className="muted">{t('settings.noLogo')}</span>
            )}
          </div>
          <div className="file-picker">
            <input
              {...props}
              type="file"
              className="file-picker__input"
              accept="image/png,image/jpeg"
              onChange={(e) => {
                void choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            {/* The browser's own button speaks the system language; this one speaks the user's. */}
            <label htmlFor={props.id} className="button">
              {t('settings.chooseLogo')}
            </label>
            {logo !== null && (
              <button
                type="button"
                className="button button--neutral"
                onClick={() => {
                  setFileName(null);
                  setProblem(null);
                  onChange(null);
                }}
              >
                {t('settings.removeLogo')}
              </button>
            )}
            {fileName !== null && <span className="file-picker__name">{fileName}</span>}
          </div>
        </div>
      )}
    </Field>
  );
}
