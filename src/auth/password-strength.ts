import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import { AppError } from '../common/errors/app-error.js';

/** zxcvbn's score 0–4; 3 = "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...de.dictionary },
  graphs: common.adjacencyGraphs,
  translations: de.translations,
});

/**
 * Refuses a known-weak password (common and German dictionaries, keyboard patterns, the
 * person's own address and name) at registration and reset, as 400 problem+json naming
 * `password`.
 */
export function assertStrongPassword(password: string, userInputs: string[] = []): void {
  const result = zxcvbn(password, userInputs.filter(Boolean));
  if (result.score >= MIN_SCORE) return;
  throw AppError.field('PASSWORD_TOO_WEAK', 'password', 'weak', {
    de: 'Dieses Passwort ist zu leicht zu erraten (bekannte Wörter, Namen oder Muster). Bitte wählen Sie ein längeres oder ungewöhnlicheres.',
    en: 'This password is too easy to guess (common words, names or patterns). Please choose a longer or more unusual one.',
  });
}
