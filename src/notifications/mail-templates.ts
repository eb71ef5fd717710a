import { Injectable } from '@nestjs/common';

/** A mail's subject and bodies, as the worker sends it. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string | null;
}

/** Turns a template's parameters (stored as JSON with the outbox row) into the mail's text. */
export type MailTemplate = (params: Record<string, unknown>) => Omit<RenderedMail, 'html'> & {
  html?: string | null;
};

/** The part of an outbox row that says what to send: a template with parameters, or plain text. */
export interface StoredMail {
  template: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  params: Record<string, unknown> | null;
}

/**
 * Mail templates, registered by the module that owns the mail (e.g. statements registers
 * `statements.receipt`). A row queued with parameters is rendered when it is sent, so the
 * texts live in one place and a change of wording reaches mails that still wait; rows queued
 * with a ready subject and body (no parameters) are sent as they are.
 */
@Injectable()
export class MailTemplates {
  private readonly templates = new Map<string, MailTemplate>();

  register(name: string, template: MailTemplate): void {
    if (name.length === 0 || name.length > 60) throw new Error(`mail template name: ${name}`);
    this.templates.set(name, template);
  }

  has(name: string): boolean {
    return this.templates.has(name);
  }

  /** The mail as it goes out; throws for a template that no module registered. */
  render(mail: StoredMail): RenderedMail {
    if (mail.params === null) {
      return { subject: mail.subject, text: mail.bodyText, html: mail.bodyHtml };
    }
    const template = this.templates.get(mail.template);
    if (!template) throw new Error(`no mail template "${mail.template}"`);
    const rendered = template(mail.params);
    return { subject: rendered.subject, text: rendered.text, html: rendered.html ?? null };
  }
}
