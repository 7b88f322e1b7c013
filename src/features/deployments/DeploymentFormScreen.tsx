// Placeholder: replaced by the feature's implementation.
export function DeploymentFormScreen(props: {
  partnershipId: string;
  deploymentId?: string | undefined;
}) {
  return <pre>{JSON.stringify(props)}</pre>;
}
