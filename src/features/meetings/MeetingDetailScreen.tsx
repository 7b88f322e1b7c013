// Placeholder: replaced by the feature's implementation.
export function MeetingDetailScreen(props: { partnershipId: string; meetingId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
