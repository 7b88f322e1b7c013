// Placeholder: replaced by the feature's implementation.
export function LogEntryFormScreen(props: {
  partnershipId: string;
  deploymentId: string;
  logEntryId?: string | undefined;
}) {
  return <pre>{JSON.stringify(props)}</pre>;
}
