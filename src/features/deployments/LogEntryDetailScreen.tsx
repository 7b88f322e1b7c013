// Placeholder: replaced by the feature's implementation.
export function LogEntryDetailScreen(props: {
  partnershipId: string;
  deploymentId: string;
  logEntryId: string;
}) {
  return <pre>{JSON.stringify(props)}</pre>;
}
