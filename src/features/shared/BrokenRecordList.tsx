import type { ValidationError } from '../../domain';
import { BrokenRecord } from './BrokenRecord';

/** Broken records of a list, each shown with its problems in its own item; nothing when none. */
export function BrokenRecordList({
  items,
}: {
  items: readonly { id: string; errors: readonly ValidationError[] }[];
}) {
  if (items.length === 0) return null;
  return (
    <ul className="stack">
      {items.map((item) => (
        <li key={item.id}>
          <BrokenRecord id={item.id} errors={item.errors} />
        </li>
      ))}
    </ul>
  );
}
