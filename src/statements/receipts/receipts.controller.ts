import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators.js';
import { ApiProblemResponses } from '../../common/openapi.js';
import { StatementStatusDto, StatusQuery } from '../dto/statement.dto.js';
import { ReceiptsService } from './receipts.service.js';

@ApiTags('statements')
@Controller()
export class ReceiptsController {
  constructor(private readonly statements: ReceiptsService) {}

  @Get('statements/status')
  @Public()
  @ApiOperation({ summary: "The submitter's private status view (reference and secret token)" })
  @ApiOkResponse({ type: StatementStatusDto })
  @ApiProblemResponses(400, 404)
  status(@Query() query: StatusQuery): Promise<StatementStatusDto> {
    return this.statements.status(query.reference, query.token);
  }

  @Get('statements/receipt.pdf')
  @Public()
  @ApiOperation({ summary: 'The receipt (Eingangsbestätigung) as PDF (private link)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiProblemResponses(400, 404)
  async receipt(@Query() query: StatusQuery): Promise<StreamableFile> {
    const pdf = await this.statements.receiptPdf(query.reference, query.token);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="Eingangsbestaetigung-${query.reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`,
      length: pdf.length,
    });
  }
}
