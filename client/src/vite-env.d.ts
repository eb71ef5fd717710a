interface ImportMetaEnv {
  readonly VITE_ACCESSIBILITY_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
