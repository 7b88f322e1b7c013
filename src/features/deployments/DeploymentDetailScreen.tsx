// Placeholder: replaced by the feature's implementation.
export function DeploymentDetailScreen(props: { partnershipId: string; deploymentId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
