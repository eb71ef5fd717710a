/**
 * Contact for accessibility feedback. Set VITE_ACCESSIBILITY_EMAIL at build time for a
 * deployment; the default is a placeholder address of the project.
 */
export const accessibilityEmail: string =
  import.meta.env.VITE_ACCESSIBILITY_EMAIL ?? 'barrierefreiheit@mitplanen.example';

/**
 * Language of the procedures' own texts (titles, summaries, descriptions). They are written in
 * German, so they keep lang="de" when the interface is in English (WCAG 3.1.2).
 */
export const CONTENT_LANGUAGE = 'de';
