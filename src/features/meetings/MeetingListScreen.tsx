// Placeholder: replaced by the feature's implementation.
export function MeetingListScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
