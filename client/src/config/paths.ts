export const paths = {
  home: '/',
  procedure: (id: string) => `/verfahren/${encodeURIComponent(id)}`,
  accessibility: '/barrierefreiheit',
  feedback: '/feedback',
} as const;
