import { HttpStatus } from '@nestjs/common';

export interface Messages {
  de: string;
  en: string;
}

/**
 * Stable error codes of the public API. Clients switch on `code`; the texts are for people.
 * Add a code here, never a free-form message in a service.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: {
    status: HttpStatus.BAD_REQUEST,
    de: 'Die Anfrage enthält ungültige Angaben.',
    en: 'The request contains invalid data.',
  },
  MALFORMED_REQUEST: {
    status: HttpStatus.BAD_REQUEST,
    de: 'Die Anfrage konnte nicht gelesen werden.',
    en: 'The request could not be read.',
  },
  PAYLOAD_TOO_LARGE: {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    de: 'Die Anfrage ist zu groß.',
    en: 'The request is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    de: 'Dieses Format wird nicht unterstützt.',
    en: 'This content type is not supported.',
  },
  NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Die angeforderte Ressource gibt es nicht.',
    en: 'The requested resource does not exist.',
  },
  PROCEDURE_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Dieses Verfahren gibt es nicht oder es ist nicht öffentlich.',
    en: 'This procedure does not exist or is not public.',
  },
  GEOMETRY_INVALID: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Die Geometrie ist ungültig.',
    en: 'The geometry is invalid.',
  },
  GEOMETRY_OUTSIDE_CITY: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Die Fläche liegt nicht im Stadtgebiet.',
    en: 'The area lies outside the city.',
  },
  STATUS_TRANSITION_INVALID: {
    status: HttpStatus.CONFLICT,
    de: 'Dieser Statuswechsel ist nicht möglich.',
    en: 'This status change is not possible.',
  },
  PHASE_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Diese Beteiligungsphase gibt es nicht.',
    en: 'This consultation phase does not exist.',
  },
  PERIOD_INVALID: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Das Ende muss auf oder nach dem Beginn liegen.',
    en: 'The end must be on or after the start.',
  },
  PHASE_TOO_SHORT: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Die Frist ist kürzer als gesetzlich vorgeschrieben. Eine Verkürzung braucht eine Begründung.',
    en: 'The period is shorter than the legal minimum. Shortening it needs a reason.',
  },
  NOTICE_REQUIRED: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Die öffentliche Auslegung braucht eine Bekanntmachung vor ihrem Beginn.',
    en: 'A publication phase needs a public notice before it starts.',
  },
  PHASE_NOT_UPCOMING: {
    status: HttpStatus.CONFLICT,
    de: 'Die Phase hat bereits begonnen; ihr Zeitraum ändert sich nur durch Verlängern oder Beenden.',
    en: 'The phase has already started; its period changes only by extending or closing it.',
  },
  PHASE_NOT_OPEN: {
    status: HttpStatus.CONFLICT,
    de: 'Die Phase ist nicht geöffnet.',
    en: 'The phase is not open.',
  },
  PHASE_CLOSED: {
    status: HttpStatus.CONFLICT,
    de: 'Die Beteiligungsphase ist beendet. Stellungnahmen sind über dieses Formular nicht mehr möglich.',
    en: 'The consultation phase has ended. Statements can no longer be submitted through this form.',
  },
  DOCUMENT_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Dieses Dokument gibt es nicht oder es ist nicht öffentlich.',
    en: 'This document does not exist or is not public.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    de: 'Dieser Dateityp ist nicht erlaubt.',
    en: 'This file type is not allowed.',
  },
  ATTACHMENT_QUOTA_EXCEEDED: {
    status: HttpStatus.TOO_MANY_REQUESTS,
    de: 'Zu viele hochgeladene Dateien ohne Stellungnahme.',
    en: 'Too many uploaded files without a statement.',
  },
  FILE_MALFORMED: {
    status: HttpStatus.BAD_REQUEST,
    de: 'Die Datei ist beschädigt, unvollständig oder enthält fremde Daten.',
    en: 'The file is damaged, incomplete or carries foreign data.',
  },
  XPLANUNG_INVALID: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Die XPlanung-Datei konnte nicht gelesen werden.',
    en: 'The XPlanung file could not be read.',
  },
  PHASE_NOT_YET_OPEN: {
    status: HttpStatus.CONFLICT,
    de: 'Die Beteiligungsphase hat noch nicht begonnen.',
    en: 'The consultation phase has not started yet.',
  },
  GEOMETRY_OUTSIDE_AREA: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Der Ort liegt außerhalb des Plangebiets.',
    en: 'The location lies outside the plan area.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Dieser Idempotency-Key wurde schon für eine andere Anfrage benutzt.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  STATEMENT_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Diese Stellungnahme gibt es nicht, oder der Link ist unvollständig.',
    en: 'This statement does not exist, or the link is incomplete.',
  },
  CONFLICT: {
    status: HttpStatus.CONFLICT,
    de: 'Der Eintrag steht im Widerspruch zu einem bestehenden Eintrag.',
    en: 'The entry conflicts with an existing entry.',
  },
  UNAUTHORIZED: {
    status: HttpStatus.UNAUTHORIZED,
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  },
  FORBIDDEN: {
    status: HttpStatus.FORBIDDEN,
    de: 'Dafür fehlt Ihnen die Berechtigung.',
    en: 'You are not allowed to do this.',
  },
  INVALID_CREDENTIALS: {
    status: HttpStatus.UNAUTHORIZED,
    de: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    en: 'E-mail address or password is wrong.',
  },
  EMAIL_NOT_VERIFIED: {
    status: HttpStatus.FORBIDDEN,
    de: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.',
    en: 'Please confirm your e-mail address first, using the link in our e-mail.',
  },
  ACCOUNT_DEACTIVATED: {
    status: HttpStatus.FORBIDDEN,
    de: 'Dieses Konto ist deaktiviert.',
    en: 'This account is deactivated.',
  },
  PASSWORD_TOO_WEAK: {
    status: HttpStatus.BAD_REQUEST,
    de: 'Dieses Passwort ist zu leicht zu erraten.',
    en: 'This password is too easy to guess.',
  },
  TOKEN_INVALID: {
    status: HttpStatus.BAD_REQUEST,
    de: 'Der Link ist ungültig, abgelaufen oder wurde schon benutzt.',
    en: 'The link is invalid, has expired or was already used.',
  },
  CSRF_REJECTED: {
    status: HttpStatus.FORBIDDEN,
    de: 'Die Anfrage kam nicht von dieser Seite und wurde abgelehnt.',
    en: 'The request did not come from this site and was refused.',
  },
  USER_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Diese Person gibt es nicht.',
    en: 'This user does not exist.',
  },
  OIDC_NOT_CONFIGURED: {
    status: HttpStatus.NOT_FOUND,
    de: 'Die Anmeldung über den Verzeichnisdienst der Stadt ist nicht eingerichtet.',
    en: 'Sign-in through the city directory is not configured.',
  },
  OIDC_FAILED: {
    status: HttpStatus.UNAUTHORIZED,
    de: 'Die Anmeldung über den Verzeichnisdienst ist fehlgeschlagen.',
    en: 'Sign-in through the directory failed.',
  },
  METHOD_NOT_ALLOWED: {
    status: HttpStatus.METHOD_NOT_ALLOWED,
    de: 'Diese Methode ist hier nicht erlaubt.',
    en: 'This method is not allowed here.',
  },
  OIDC_EMAIL_UNVERIFIED: {
    status: HttpStatus.CONFLICT,
    de: 'Für diese E-Mail-Adresse gibt es schon ein Konto, und das Verzeichnis bestätigt die Adresse nicht.',
    en: 'An account with this e-mail address exists and the directory does not confirm the address.',
  },
  TOO_MANY_STREAMS: {
    status: HttpStatus.TOO_MANY_REQUESTS,
    de: 'Sie haben schon zu viele Live-Ansichten geöffnet. Bitte schließen Sie eine.',
    en: 'You already have too many live views open. Please close one.',
  },
  TOO_MANY_REQUESTS: {
    status: HttpStatus.TOO_MANY_REQUESTS,
    de: 'Zu viele Anfragen. Bitte versuchen Sie es gleich noch einmal.',
    en: 'Too many requests. Please try again shortly.',
  },
  DATABASE_UNAVAILABLE: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    de: 'Der Dienst ist vorübergehend nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    en: 'The service is temporarily unavailable. Please try again shortly.',
  },
  ASSIGNEE_INVALID: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Stellungnahmen können nur Personen mit der Rolle Planung zugewiesen werden.',
    en: 'Statements can only be assigned to users with the planner role.',
  },
  STATEMENT_GROUP_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Diese Gruppe gleichlautender Stellungnahmen gibt es nicht.',
    en: 'This group of near-identical statements does not exist.',
  },
  GROUP_TOO_SMALL_FOR_NOTICE: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    de: 'Eine öffentliche Bekanntmachung statt Einzelmitteilungen ist erst bei mehr als 50 gleichlautenden Stellungnahmen möglich.',
    en: 'A public notice instead of letters needs more than 50 essentially identical statements.',
  },
  RESPONSE_TEMPLATE_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Diesen Textbaustein gibt es nicht.',
    en: 'This response template does not exist.',
  },
  RESULT_LETTERS_TOO_EARLY: {
    status: HttpStatus.CONFLICT,
    de: 'Ergebnisse können erst mitgeteilt werden, wenn alle Beteiligungsphasen des Verfahrens beendet sind.',
    en: 'Results can only be sent once every consultation phase of the procedure has ended.',
  },
  RESULT_LETTER_NOT_FOUND: {
    status: HttpStatus.NOT_FOUND,
    de: 'Dieses Ergebnisschreiben gibt es nicht oder der Link ist ungültig.',
    en: 'This result letter does not exist or the link is invalid.',
  },
  INTERNAL: {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    de: 'Ein unerwarteter Fehler ist aufgetreten. Ihre Eingaben gehen dadurch nicht verloren.',
    en: 'An unexpected error occurred. Your input is not lost.',
  },
} as const satisfies Record<string, Messages & { status: HttpStatus }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** One field that failed, named as the client sent it (dot path, e.g. `area.coordinates`). */
export interface FieldError {
  field: string;
  code: string;
  messages: Messages;
}
