// Placeholder: replaced by the feature's implementation.
export function MeasureFormScreen(props: {
  partnershipId: string;
  measureId?: string | undefined;
}) {
  return <pre>{JSON.stringify(props)}</pre>;
}
