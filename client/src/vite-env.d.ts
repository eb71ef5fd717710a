interface ImportMetaEnv {
  readonly VITE_ACCESSIBILITY_EMAIL?: string;
  /** Data protection notice on the statement form (Art. 13 DSGVO): controller and DPO. */
  readonly VITE_PRIVACY_CONTROLLER?: string;
  readonly VITE_PRIVACY_DPO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
