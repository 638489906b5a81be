/** A field's message, read out when it appears; the warning sign is for the eye only. */
export function FieldError({ id, children }: { id?: string; children: string | null | undefined }) {
  if (!children) return null;
  return (
    <p className="field__error" id={id} role="alert">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
