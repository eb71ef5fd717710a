interface LoadingStateProps {
  label: string;
}

/** A polite, announced loading message with a spinner. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
