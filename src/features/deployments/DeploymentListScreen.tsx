// Placeholder: replaced by the feature's implementation.
export function DeploymentListScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
