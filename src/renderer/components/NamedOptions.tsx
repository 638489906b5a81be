/** The <option>s of a select of records by id, labelled with their name (employers, departments). */
export function NamedOptions({ items }: { items: ReadonlyArray<{ id: number; name: string }> }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
