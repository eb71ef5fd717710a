/**
 * Who is responsible for the data of a statement (Art. 13(1)(a), (b) DSGVO). Set
 * VITE_PRIVACY_CONTROLLER and VITE_PRIVACY_DPO at build time for a deployment; the defaults
 * name the City of Essen with a placeholder address of the project for the data protection
 * officer. (Better: the server sends these with GET /api/config, per installation.)
 */
export const privacyContacts = {
  controller:
    import.meta.env.VITE_PRIVACY_CONTROLLER ??
    'Stadt Essen, Der Oberbürgermeister, Amt für Stadtplanung und Bauordnung, 45121 Essen',
  dpo:
    import.meta.env.VITE_PRIVACY_DPO ??
    'Behördliche Datenschutzbeauftragte der Stadt Essen, 45121 Essen, datenschutz@mitplanen.example',
};
