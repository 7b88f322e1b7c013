// The name of a record field as people read it; unknown fields (a newer app version) by their key.
import { useTranslation } from 'react-i18next';

export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => t(`conflicts:field.${field}`, { defaultValue: field });
}
