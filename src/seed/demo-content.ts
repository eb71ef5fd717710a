import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/session-user.js';
import { pdfToBuffer } from '../common/pdf/pdf-buffer.js';
import { writeText } from '../common/pdf/unicode-text.js';
import { AssessmentService } from '../assessment/assessment.service.js';
import { ResultLettersService } from '../assessment/result-letters.service.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { DocumentsService } from '../procedures/documents.service.js';
import type { DocumentKind } from '../procedures/procedure.types.js';
import { IntakeService } from '../statements/index.js';
import type { AssessmentResult } from '../assessment/assessment.types.js';

/** The documents a formal procedure publishes (§ 3 Abs. 2 BauGB: plan, reasons, environment). */
const DOCUMENTS: { kind: DocumentKind; title: string; body: string }[] = [
  {
    kind: 'plan',
    title: 'Planzeichnung',
    body: 'Zeichnerische Festsetzungen des Bebauungsplans im Maßstab 1:500: Baugrenzen, Art und Maß der baulichen Nutzung, öffentliche Grünflächen, Verkehrsflächen mit Radfahrstreifen.',
  },
  {
    kind: 'begruendung',
    title: 'Begründung',
    body: 'Ziele und Zwecke der Planung, wesentliche Auswirkungen, Abwägung der öffentlichen und privaten Belange. Anlass ist die Neuordnung des Platzes mit mehr Grün und sicheren Wegen.',
  },
  {
    kind: 'umweltbericht',
    title: 'Umweltbericht',
    body: 'Bestandsaufnahme und Bewertung der Umweltbelange: Boden, Wasser, Klima, Tiere und Pflanzen, Lärm. Ausgleichsmaßnahmen und Überwachung (Monitoring).',
  },
];

/** A real-looking PDF of a planning document, made at seed time. */
export async function demoDocument(
  procedureTitle: string,
  reference: string,
  doc: (typeof DOCUMENTS)[number],
): Promise<Buffer> {
  const { doc: pdf, bytes } = pdfToBuffer({
    margin: 56,
    info: { Title: `${doc.title} – ${procedureTitle}`, Author: 'Stadt Essen (Demo)' },
  });
  writeText(pdf.fontSize(9).fillColor('#444'), `Stadt Essen · ${reference} · Entwurf`);
  writeText(pdf.moveDown().fontSize(18).fillColor('#000'), doc.title, { style: 'bold' });
  writeText(pdf.fontSize(12), procedureTitle);
  pdf.moveDown();
  for (let i = 1; i <= 3; i += 1) {
    writeText(pdf.fontSize(11), `${i}. Abschnitt`, { style: 'bold' });
    writeText(pdf.fontSize(10), doc.body).moveDown(0.6);
  }
  writeText(
    pdf.moveDown().fontSize(8).fillColor('#666'),
    'Demonstrationsdokument von Mitplanen – kein amtliches Dokument.',
  );
  pdf.end();
  return bytes;
}

export interface DemoTargets {
  planner: SessionUser;
  moderator: SessionUser;
  /** Running § 3(2) publication: documents and statements not shown publicly. */
  publication: { procedureId: string; phaseId: string; title: string; reference: string };
  /** Finished, pre-moderated procedure: statements published or rejected, assessed, results sent. */
  finished: { procedureId: string; phaseId: string; title: string; reference: string };
  origin: string;
}

const anonymous = { type: 'anonymous' as const };

/**
 * The demo's documents and statements, made through the owning services as a planner,
 * a resident and a moderator would: statements in every state, one procedure finished.
 */
@Injectable()
export class DemoContent {
  constructor(
    private readonly documents: DocumentsService,
    private readonly statements: IntakeService,
    private readonly moderation: ModerationService,
    private readonly assessment: AssessmentService,
    private readonly results: ResultLettersService,
  ) {}

  private async submit(t: DemoTargets, phaseId: string, text: string, topic?: string) {
    const receipt = await this.statements.submit(
      phaseId,
      { text, topic, submitter: anonymous, privacyNoticeAcknowledged: true },
      undefined,
      undefined,
      t.origin,
    );
    return receipt.body.id;
  }

  private async assess(t: DemoTargets, id: string, result: AssessmentResult, response?: string) {
    await this.assessment.put(t.planner, id, { result, response, expectedVersion: 0 });
  }

  async seed(t: DemoTargets): Promise<void> {
    for (const target of [t.publication, t.finished]) {
      for (const d of DOCUMENTS) {
        const buffer = await demoDocument(target.title, target.reference, d);
        await this.documents.upload(
          t.planner,
          target.procedureId,
          { title: d.title, kind: d.kind },
          { originalname: `${d.title}.pdf`, buffer, size: buffer.length },
        );
      }
    }

    const p = t.publication;
    const a = await this.submit(
      t,
      p.phaseId,
      'Die Radfahrstreifen an der Rüttenscheider Straße sollten baulich getrennt sein.',
      'Verkehr',
    );
    await this.submit(
      t,
      p.phaseId,
      'Bitte die alten Platanen am Platz erhalten.',
      'Grün und Freiraum',
    );
    await this.assess(
      t,
      a,
      'partly_followed',
      'Eine bauliche Trennung wird auf der Westseite vorgesehen.',
    );

    const f = t.finished;
    const done: [string, AssessmentResult, string, 'approve' | 'reject'][] = [
      [
        'Der Spielplatz soll erhalten bleiben.',
        'followed',
        'Der Spielplatz bleibt erhalten und wird erneuert.',
        'approve',
      ],
      [
        'Die Bebauung ist zu hoch.',
        'partly_followed',
        'Die Gebäudehöhe wird um ein Geschoss verringert.',
        'approve',
      ],
      [
        'Es fehlen Parkplätze.',
        'not_followed',
        'Das Quartier ist gut mit Bus und Bahn erreichbar; zusätzliche Stellplätze sind nicht vorgesehen.',
        'approve',
      ],
      ['Günstige Uhren im Online-Shop – jetzt bestellen!', 'acknowledged', '', 'reject'],
    ];
    for (const [text, result, response, action] of done) {
      const id = await this.submit(t, f.phaseId, text);
      await this.moderation.decide(t.moderator, id, {
        action,
        ...(action === 'reject' ? { reasonCode: 'advertising' as const } : {}),
        expectedVersion: 0,
      });
      await this.assess(t, id, result, response || undefined);
    }
  }

  /** After the finished procedure's phase has closed: results communicated and published. */
  async publishResults(t: DemoTargets): Promise<void> {
    await this.results.send(t.planner, t.finished.procedureId, t.origin);
  }
}
