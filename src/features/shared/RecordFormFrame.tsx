import type { ReactNode } from 'react';
import type { FieldsInput, RecordType } from '../../domain';
import { PageHeader } from '../../ui/PageHeader';
import { DraftRestoredNotice } from './DraftRestoredNotice';
import { FormActions } from './FormActions';
import { Loading } from './Loading';
import type { RecordForm } from './useRecordForm';

/**
 * The frame of every record form (see useRecordForm): the title, the note that a draft came back,
 * a loading line until the values are there, then the fields and the form's foot. noValidate: our
 * own messages appear next to the fields, in the interface language.
 */
export function RecordFormFrame<T extends RecordType>(props: {
  title: string;
  /** Shown above the title, e.g. the partnership (see PageHeader: pass it even while loading). */
  context?: ReactNode;
  form: RecordForm<T>;
  onCancel: () => void;
  /** The fields, once the values are loaded. */
  children: (values: FieldsInput<T>) => ReactNode;
}) {
  const { title, form, onCancel, children } = props;
  return (
    <>
      <PageHeader title={title} {...('context' in props ? { context: props.context } : {})} />
      <DraftRestoredNotice restored={form.restored} updatedAt={form.restoredAt} />
      {form.values === undefined ? (
        <Loading />
      ) : (
        <form {...form.formProps} onSubmit={form.onSubmit} noValidate>
          {children(form.values)}
          <FormActions form={form} onCancel={onCancel} />
        </form>
      )}
    </>
  );
}
