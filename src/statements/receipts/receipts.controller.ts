import { Controller, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../../common/endpoint.js';
import { StatementStatusDto, StatusQuery } from '../dto/statement.dto.js';
import { ReceiptsService } from './receipts.service.js';

@ApiTags('statements')
@Controller()
export class ReceiptsController {
  constructor(private readonly statements: ReceiptsService) {}

  @Endpoint('GET', 'statements/status', {
    access: 'public',
    summary: "The submitter's private status view (reference and secret token)",
    problems: [400, 404],
  })
  @ApiOkResponse({ type: StatementStatusDto })
  status(@Query() query: StatusQuery): Promise<StatementStatusDto> {
    return this.statements.status(query.reference, query.token);
  }

  @Endpoint('GET', 'statements/receipt.pdf', {
    access: 'public',
    summary: 'The receipt (Eingangsbestätigung) as PDF (private link)',
    problems: [400, 404],
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  async receipt(@Query() query: StatusQuery): Promise<StreamableFile> {
    const pdf = await this.statements.receiptPdf(query.reference, query.token);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="Eingangsbestaetigung-${query.reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`,
      length: pdf.length,
    });
  }
}
